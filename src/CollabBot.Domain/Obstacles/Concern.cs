using CollabBot.Domain.Members;

namespace CollabBot.Domain.Obstacles;

/// <summary>
/// An obstacle or a risk the team keeps on its list until someone marks it done. Obstacles and risks are numbered
/// from 1 each, per collaboration (`done risk 1`).
/// </summary>
public sealed class Concern
{
    public const int MaxTextLength = 500;

    /// <summary>An obstacle open longer than this goes to who can remove it, once (issue 8, point 6; issue 27, item 7).</summary>
    public static readonly TimeSpan SponsorAfter = TimeSpan.FromDays(14);

    private Concern()
    {
        Text = "";
    }

    public Guid Id { get; private set; }
    public Guid CollaborationId { get; private set; }
    public int Number { get; private set; }
    public ConcernKind Kind { get; private set; }
    public string Text { get; private set; }

    /// <summary>Null once the member asked to be forgotten.</summary>
    public Guid? RaisedBy { get; private set; }

    /// <summary>A risk's owner; for an obstacle, the member named to remove it (null: the sponsors).</summary>
    public Guid? OwnerId { get; private set; }

    public DateTimeOffset RaisedAt { get; private set; }
    public DateTimeOffset? DoneAt { get; private set; }

    /// <summary>When the obstacle went to who can remove it: the member named for it, or else the sponsors.</summary>
    public DateTimeOffset? SentToSponsorAt { get; private set; }

    public bool IsOpen => DoneAt is null;

    public static Concern Raise(Guid collaborationId, int number, ConcernKind kind, string text, Guid raisedBy, Guid? ownerId, DateTimeOffset now)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            throw new DomainRuleViolation(kind == ConcernKind.Obstacle
                ? "Say what is in the way, e.g. `obstacle the housing board has not answered for a month`."
                : "Say what may go wrong, e.g. `risk tenants fear rent rises owner @ben`.");
        }

        if (trimmed.Length > MaxTextLength)
        {
            throw new DomainRuleViolation($"Keep it under {MaxTextLength} characters; this is {trimmed.Length}.");
        }

        return new Concern
        {
            Id = Guid.NewGuid(),
            CollaborationId = collaborationId,
            Number = number,
            Kind = kind,
            Text = trimmed,
            RaisedBy = raisedBy,
            OwnerId = ownerId,
            RaisedAt = now,
        };
    }

    public void MarkDone(DateTimeOffset now)
    {
        if (!IsOpen)
        {
            throw new DomainRuleViolation($"{Kind} {Number} is already done.");
        }

        DoneAt = now;
    }

    /// <summary>An open obstacle, older than <see cref="SponsorAfter"/>, that nobody has been told of yet.</summary>
    public bool IsDueForSponsor(DateTimeOffset now) =>
        Kind == ConcernKind.Obstacle && IsOpen && SentToSponsorAt is null && now - RaisedAt > SponsorAfter;

    public void MarkSentToSponsor(DateTimeOffset now) => SentToSponsorAt ??= now;

    /// <summary>
    /// Who hears of an obstacle that is due (<see cref="IsDueForSponsor"/>): the member named to remove it while they are in
    /// the team, otherwise the team's sponsors (none yet: it waits for the first one named).
    /// </summary>
    public IReadOnlyList<Member> Removers(IReadOnlyList<Member> members) =>
        members.FirstOrDefault(m => m.Id == OwnerId) is { } named ? [named] : members.Where(m => m.Holds(Role.Sponsor)).ToList();

    public void Forget(Guid memberId)
    {
        if (RaisedBy == memberId)
        {
            RaisedBy = null;
        }

        if (OwnerId == memberId)
        {
            OwnerId = null;
        }
    }
}
