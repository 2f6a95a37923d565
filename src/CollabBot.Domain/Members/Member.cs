namespace CollabBot.Domain.Members;

/// <summary>A person taking part in one collaboration, known by their platform user id.</summary>
public sealed class Member
{
    /// <summary>Teams allows display names of 256 characters; longer names are cut (they only label the person).</summary>
    public const int MaxDisplayNameLength = 256;

    public const int MaxAssets = 20;
    public const int MaxAssetLength = 200;
    /// <summary>How long away periods are remembered: longer than any window the fade rule reads.</summary>
    public const int AwayHistoryDays = 120;

    private List<string> _assets = [];
    private List<AwayPeriod> _awayPeriods = [];

    private Member()
    {
        PlatformUserId = "";
        DisplayName = "";
    }

    internal Member(Guid id, Guid collaborationId, string platformUserId, string displayName, DateTimeOffset joinedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(platformUserId);
        Id = id;
        CollaborationId = collaborationId;
        PlatformUserId = platformUserId;
        DisplayName = Bounded(string.IsNullOrWhiteSpace(displayName) ? platformUserId : displayName.Trim());
        Roles = Role.Member;
        JoinedAt = joinedAt;
    }

    public Guid Id { get; private set; }
    public Guid CollaborationId { get; private set; }
    public string PlatformUserId { get; private set; }
    public string DisplayName { get; private set; }
    public Sector? Sector { get; private set; }
    public Role Roles { get; private set; }
    public IReadOnlyList<string> Assets => _assets;
    public DateOnly? AwayUntil { get; private set; }
    public DateTimeOffset JoinedAt { get; private set; }

    /// <summary>The member's own time zone (IANA), when it differs from the team's.</summary>
    public string? TimeZoneId { get; private set; }

    /// <summary>No unsolicited messages between these local times (default 20:00–08:00).</summary>
    public TimeOnly QuietFrom { get; private set; } = new(20, 0);

    public TimeOnly QuietTo { get; private set; } = new(8, 0);

    /// <summary>The member said `nudges off`: no gentle private nudges when their participation fades.</summary>
    public bool NudgesOff { get; private set; }

    /// <summary>Whether small wins may be celebrated in the channel; null until the member was asked.</summary>
    public bool? CelebrateWins { get; private set; }

    public bool Holds(Role role) => (Roles & role) == role;

    /// <summary>
    /// Whether the member wants check-in prompts: members do unless they said `checkin me off`; sponsors and coordinators
    /// support from outside the team and get them only after `checkin me on`.
    /// </summary>
    public bool? CheckInsWanted { get; private set; }

    public bool WantsCheckIns => CheckInsWanted ?? !SupportsFromOutside;

    /// <summary>
    /// Sponsors and coordinators who hold no role inside the team (convener, facilitator, catalyst) support it from
    /// outside (DOMAIN.md §4): they are never judged as fading.
    /// </summary>
    public bool SupportsFromOutside =>
        (Holds(Role.Sponsor) || Holds(Role.Coordinator)) && !Holds(Role.Convener) && !Holds(Role.Facilitator) && !Holds(Role.Catalyst);

    /// <summary>The periods the member said they were away, the latest last; kept for <see cref="AwayHistoryDays"/> days.</summary>
    public IReadOnlyList<AwayPeriod> AwayPeriods => _awayPeriods;

    /// <summary>Away through the whole of <see cref="AwayUntil"/>, in the member's or team's local calendar.</summary>
    public bool IsAway(DateOnly today) => AwayUntil is { } until && today <= until;

    /// <summary>Whether the member was away on a day (past, present or announced), by the periods they declared.</summary>
    public bool WasAway(DateOnly day) => _awayPeriods.Any(p => p.Covers(day));

    public void Rename(string displayName)
    {
        if (!string.IsNullOrWhiteSpace(displayName))
        {
            DisplayName = Bounded(displayName.Trim());
        }
    }

    public void SetSector(Sector sector) => Sector = sector;

    public void Grant(Role roles) => Roles |= roles | Role.Member;

    /// <summary>Replaces the leadership roles; every member keeps <see cref="Role.Member"/>.</summary>
    public void SetRoles(Role roles) => Roles = roles | Role.Member;

    public void SetAssets(IEnumerable<string> assets)
    {
        var listed = assets.Select(a => a.Trim()).Where(a => a.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (listed.Count > MaxAssets || listed.Any(a => a.Length > MaxAssetLength))
        {
            throw new DomainRuleViolation($"List at most {MaxAssets} assets of up to {MaxAssetLength} characters each, separated by commas.");
        }

        _assets = listed;
    }

    private static string Bounded(string name) => name.Length <= MaxDisplayNameLength ? name : name[..(MaxDisplayNameLength - 1)] + "…";

    /// <summary>Away from <paramref name="today"/> through <paramref name="until"/>; null means back today (the period ends yesterday).</summary>
    public void SetAwayUntil(DateOnly? until, DateOnly today)
    {
        var periods = _awayPeriods.Where(p => p.Until >= today.AddDays(-AwayHistoryDays)).ToList();
        var current = periods.FindLastIndex(p => p.Covers(today));
        if (current >= 0)
        {
            periods[current] = periods[current] with { Until = today.AddDays(-1) };
            periods.RemoveAll(p => p.Until < p.From);
        }

        if (until is { } last && last >= today)
        {
            periods.Add(new AwayPeriod(today, last));
        }

        _awayPeriods = periods;
        AwayUntil = until;
    }

    public void SetCheckInsWanted(bool? wanted) => CheckInsWanted = wanted;

    public void SetTimeZone(string? timeZoneId) => TimeZoneId = timeZoneId;

    public void SetQuietHours(TimeOnly from, TimeOnly to)
    {
        if (from == to)
        {
            throw new DomainRuleViolation("Quiet hours need a start and an end that differ, e.g. `quiet 21:00-07:30`.");
        }

        (QuietFrom, QuietTo) = (from, to);
    }

    /// <summary>Whether a local time falls in the quiet hours, which may run past midnight.</summary>
    public bool IsQuietAt(TimeOnly localTime) => QuietFrom < QuietTo
        ? localTime >= QuietFrom && localTime < QuietTo
        : localTime >= QuietFrom || localTime < QuietTo;

    public void SetCelebrateWins(bool celebrate) => CelebrateWins = celebrate;

    public void SetNudgesOff(bool off) => NudgesOff = off;

    /// <summary>The member said `plain on`: the bot's words to them are plain (<see cref="Text.PlainWords"/>), and check-ins ask less.</summary>
    public bool PlainLanguage { get; private set; }

    public void SetPlainLanguage(bool plain) => PlainLanguage = plain;
}
