using CollabBot.Domain.Members;
using CollabBot.Domain.Participation;

namespace CollabBot.Domain.Collaborations;

/// <summary>
/// One team working on one shared problem, bound to one channel of one workspace (DOMAIN.md §1).
/// The aggregate root for its members and phase history.
/// </summary>
public sealed class Collaboration
{
    public const int MaxNameLength = 100;
    public const int MaxTextLength = 1000;

    private readonly List<Member> _members = [];
    private readonly List<PhaseTransition> _phaseHistory = [];
    private Dictionary<Phase, int> _plannedDays = [];
    private List<string> _mutedCatalysts = [];

    private Collaboration()
    {
        ChannelId = "";
        Name = "";
        TimeZoneId = "";
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }

    /// <summary>The platform conversation (channel) this collaboration is bound to.</summary>
    public string ChannelId { get; private set; }

    public string Name { get; private set; }
    public string? Challenge { get; private set; }
    public string? BigWin { get; private set; }

    /// <summary>IANA time zone id; schedules and dates are read in it.</summary>
    public string TimeZoneId { get; private set; }

    public Phase CurrentPhase { get; private set; }
    public DateTimeOffset PhaseStartedAt { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public IReadOnlyList<Member> Members => _members;
    public IReadOnlyList<PhaseTransition> PhaseHistory => _phaseHistory;

    /// <summary>Planned length per phase in days, where it differs from <see cref="PhaseGuide.DefaultPlannedLength"/>.</summary>
    public IReadOnlyDictionary<Phase, int> PlannedDays => _plannedDays;

    public static Collaboration Start(
        Guid workspaceId, string channelId, string name, string timeZoneId,
        string convenerUserId, string convenerName, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        ArgumentException.ThrowIfNullOrWhiteSpace(timeZoneId);
        var collaboration = new Collaboration
        {
            Id = Guid.NewGuid(),
            WorkspaceId = workspaceId,
            ChannelId = channelId,
            Name = CheckedText(name, MaxNameLength, "name"),
            TimeZoneId = timeZoneId,
            CurrentPhase = Phase.Understand,
            PhaseStartedAt = now,
            CreatedAt = now,
        };
        var convener = collaboration.Join(convenerUserId, convenerName, now);
        convener.Grant(Role.Convener);
        collaboration._phaseHistory.Add(new PhaseTransition(collaboration.Id, Phase.Understand, now, convener.Id));
        return collaboration;
    }

    public Member? FindMember(string platformUserId) =>
        _members.FirstOrDefault(m => m.PlatformUserId == platformUserId);

    /// <summary>Adds the person, or returns them unchanged (but renamed) when they already take part.</summary>
    public Member Join(string platformUserId, string displayName, DateTimeOffset now)
    {
        if (FindMember(platformUserId) is { } existing)
        {
            existing.Rename(displayName);
            return existing;
        }

        var member = new Member(Guid.NewGuid(), Id, platformUserId, displayName, now);
        // A team whose last member (its convener) was forgotten is convened by whoever joins it next.
        if (_members.Count == 0 && _phaseHistory.Count > 0)
        {
            member.Grant(Role.Convener);
        }

        _members.Add(member);
        return member;
    }

    /// <summary>
    /// Erases a member at their request (DOMAIN.md §8): they leave the team and the phase history no longer names them.
    /// The only convener must hand the role on first, so the team is never left without one.
    /// </summary>
    public void Forget(Member member)
    {
        EnsureCanForget(member);
        _members.Remove(member);
        foreach (var transition in _phaseHistory.Where(t => t.EnteredByMemberId == member.Id))
        {
            transition.ForgetMember();
        }
    }

    /// <summary>
    /// The only convener of a team with other members must hand the role over before being forgotten; someone who is the
    /// team's last member may go (whoever joins next convenes it, see <see cref="Join"/>).
    /// </summary>
    public void EnsureCanForget(Member member)
    {
        if (member.Holds(Role.Convener) && _members.Count(m => m.Holds(Role.Convener)) == 1 && _members.Count > 1)
        {
            throw new DomainRuleViolation(
                $"You are the only convener of {Name}, and the team needs one to manage it. Hand the role over first with `role @user convener` (for example to one of the {_members.Count - 1} other members), then `forget me`.");
        }
    }

    public void SetChallenge(string text) => Challenge = CheckedText(text, MaxTextLength, "challenge");

    public void SetBigWin(string text) => BigWin = CheckedText(text, MaxTextLength, "goal");

    public void SetTimeZone(string timeZoneId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(timeZoneId);
        TimeZoneId = timeZoneId;
    }

    public TimeSpan PlannedLength(Phase phase) =>
        _plannedDays.TryGetValue(phase, out var days) ? TimeSpan.FromDays(days) : PhaseGuide.DefaultPlannedLength(phase);

    public void SetPlannedLength(Phase phase, int days)
    {
        if (days is < 1 or > 3650)
        {
            throw new DomainRuleViolation("A phase lasts between 1 and 3650 days.");
        }

        _plannedDays = new Dictionary<Phase, int>(_plannedDays) { [phase] = days };
    }

    /// <summary>How the fade rule judges this team's members; conveners change the thresholds, the windows stay fixed.</summary>
    public FadeSettings FadeSettings { get; private set; } = FadeSettings.Default;

    /// <summary>Changes the given thresholds of the fade rule (DOMAIN.md §4) and keeps the others.</summary>
    public void SetFadeThresholds(double? fadeRatio, int? minBaselineSignals, int? graceDays)
    {
        if (fadeRatio is { } ratio && !(ratio is >= 0.05 and <= 0.95))
        {
            throw new DomainRuleViolation("The fade ratio is a share of the member's own baseline rate between 0.05 and 0.95.");
        }

        if (minBaselineSignals is < 1 or > 100)
        {
            throw new DomainRuleViolation("The baseline needs between 1 and 100 signals.");
        }

        if (graceDays is < 0 or > 90)
        {
            throw new DomainRuleViolation("The grace period for new members is between 0 and 90 days.");
        }

        FadeSettings = FadeSettings with
        {
            FadeRatio = fadeRatio ?? FadeSettings.FadeRatio,
            MinBaselineSignals = minBaselineSignals ?? FadeSettings.MinBaselineSignals,
            GraceDays = graceDays ?? FadeSettings.GraceDays,
        };
    }

    /// <summary>
    /// The share of members (percent) who must take a position for a decision to count; null for none. A proposal
    /// keeps the quorum it was made under.
    /// </summary>
    public int? DecisionQuorum { get; private set; }

    public void SetDecisionQuorum(int? percent)
    {
        if (percent is < 1 or > 100)
        {
            throw new DomainRuleViolation("A quorum is a share of the members between 1% and 100%, e.g. `decide quorum 60%`.");
        }

        DecisionQuorum = percent;
    }

    /// <summary>Catalyst rules the conveners muted for this collaboration.</summary>
    public IReadOnlyList<string> MutedCatalysts => _mutedCatalysts;

    public void SetCatalystMuted(string rule, bool muted) =>
        _mutedCatalysts = muted ? _mutedCatalysts.Append(rule).Distinct().ToList() : _mutedCatalysts.Where(r => r != rule).ToList();

    /// <summary>When the facilitators' weekly summary comes: a weekly cron in the team's time zone (default Monday 10:00, after a Monday morning check-in closes).</summary>
    public string SummaryCron { get; private set; } = DefaultSummaryCron;

    public const string DefaultSummaryCron = "0 10 * * 1";

    public bool SummaryOff { get; private set; }

    public void SetSummary(string cron)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cron);
        (SummaryCron, SummaryOff) = (cron, false);
    }

    public void SetSummaryOff(bool off) => SummaryOff = off;

    public const int DefaultChannelPostBudget = 10;

    /// <summary>The most posts the bot makes in the channel on its own in any seven days (wins, prompts to the team, interventions).</summary>
    public int ChannelPostBudget { get; private set; } = DefaultChannelPostBudget;

    public void SetChannelPostBudget(int posts)
    {
        if (posts is < 1 or > 50)
        {
            throw new DomainRuleViolation("The bot's weekly posts in the channel are between 1 and 50.");
        }

        ChannelPostBudget = posts;
    }

    /// <summary>A break the team declared (`pause team until ...`): no prompts, nudges or interventions, both days inclusive.</summary>
    public DateOnly? PausedFrom { get; private set; }

    public DateOnly? PausedUntil { get; private set; }

    public bool IsPaused(DateOnly day) => PausedFrom is { } from && PausedUntil is { } until && day >= from && day <= until;

    /// <summary>A break from <paramref name="today"/> through <paramref name="until"/>; null ends the break today.</summary>
    public void PauseUntil(DateOnly? until, DateOnly today)
    {
        if (until is { } last)
        {
            (PausedFrom, PausedUntil) = (IsPaused(today) ? PausedFrom : today, last);
        }
        else if (IsPaused(today))
        {
            PausedUntil = today.AddDays(-1);
        }
    }

    public TimeSpan TimeInPhase(DateTimeOffset now) => now - PhaseStartedAt;

    /// <summary>A phase that runs past its planned length is a stall (DOMAIN.md §1, §5).</summary>
    public bool IsOverrun(DateTimeOffset now) => TimeInPhase(now) > PlannedLength(CurrentPhase);

    /// <summary>Moves to the next phase. Leaders decide; the bot shows what is missing but does not block.</summary>
    public PhaseTransition MoveToNextPhase(Member by, DateTimeOffset now)
    {
        if (!by.Holds(Role.Convener))
        {
            throw new DomainRuleViolation("Only a convener can move the collaboration to the next phase.");
        }

        var next = PhaseGuide.Next(CurrentPhase)
            ?? throw new DomainRuleViolation("Spread is the last phase; there is no next one.");
        CurrentPhase = next;
        PhaseStartedAt = now;
        var transition = new PhaseTransition(Id, next, now, by.Id);
        _phaseHistory.Add(transition);
        return transition;
    }

    public IReadOnlySet<Sector> SectorsPresent() =>
        _members.Where(m => m.Sector is not null).Select(m => m.Sector!.Value).ToHashSet();

    /// <summary>The leadership roles (<see cref="RoleNames.Leadership"/>) no member holds, in their usual order.</summary>
    public IReadOnlyList<Role> UnheldLeadershipRoles() =>
        RoleNames.Leadership.Where(role => !_members.Any(m => m.Holds(role))).ToList();

    private static string CheckedText(string text, int max, string what)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            throw new DomainRuleViolation($"The {what} cannot be empty.");
        }

        if (trimmed.Length > max)
        {
            throw new DomainRuleViolation($"The {what} is {trimmed.Length} characters long; the most is {max}.");
        }

        return trimmed;
    }
}
