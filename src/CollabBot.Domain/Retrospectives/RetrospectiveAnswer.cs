namespace CollabBot.Domain.Retrospectives;

/// <summary>One member's answer to a retrospective; it is shown only inside a summary that names nobody.</summary>
public sealed class RetrospectiveAnswer
{
    public const int MaxTextLength = 500;

    private RetrospectiveAnswer()
    {
        Learned = "";
        ViewChanged = "";
        Keep = "";
    }

    public RetrospectiveAnswer(Retrospective retrospective, Guid memberId, string text, DateTimeOffset now)
    {
        retrospective.EnsureOpen(now);
        Id = Guid.NewGuid();
        RetrospectiveId = retrospective.Id;
        MemberId = memberId;
        Learned = ViewChanged = Keep = "";
        Change(retrospective, text, now);
    }

    public Guid Id { get; private set; }
    public Guid RetrospectiveId { get; private set; }
    public Guid MemberId { get; private set; }
    public string Learned { get; private set; }
    public string ViewChanged { get; private set; }
    public string Keep { get; private set; }
    public DateTimeOffset At { get; private set; }

    /// <summary>
    /// "what we learned; how our view of the problem changed; what we keep doing": the parts after the first may be left
    /// out. Answering again while the retrospective is open replaces the answer.
    /// </summary>
    public void Change(Retrospective retrospective, string text, DateTimeOffset now)
    {
        retrospective.EnsureOpen(now);
        var parts = (text ?? "").Split(';', 3, StringSplitOptions.TrimEntries);
        if (parts[0].Length == 0 || parts.Any(p => p.Length > MaxTextLength))
        {
            throw new DomainRuleViolation($"Write `retro <what we learned>; <how our view of the problem changed>; <what we keep doing>`, each part under {MaxTextLength} characters; the last two may be left out.");
        }

        Learned = parts[0];
        ViewChanged = parts.Length > 1 ? parts[1] : "";
        Keep = parts.Length > 2 ? parts[2] : "";
        At = now;
    }
}
