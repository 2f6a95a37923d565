using CollabBot.Domain.Collaborations;

namespace CollabBot.Domain.Actions;

/// <summary>
/// Something a member has taken on for the team (DOMAIN.md §1, Implement: owners for actions), with a due date in the
/// team's calendar. Actions are numbered from 1 per collaboration, apart from obstacles and risks (`done action 1`). The owner
/// hears of it once, the day before it is due (<see cref="IsReminderDue"/>).
/// </summary>
public sealed class ActionItem
{
    public const int MaxTextLength = 500;

    /// <summary>The furthest a due date may lie ahead.</summary>
    public const int MaxDaysAhead = 730;

    private ActionItem()
    {
        Text = "";
    }

    public Guid Id { get; private set; }
    public Guid CollaborationId { get; private set; }
    public int Number { get; private set; }
    public string Text { get; private set; }

    /// <summary>Null until someone takes it on, and once the owner asked to be forgotten.</summary>
    public Guid? OwnerId { get; private set; }

    /// <summary>The last day it should be done, in the team's calendar.</summary>
    public DateOnly? DueOn { get; private set; }

    /// <summary>The day (team calendar) the current owner and due date were set: an owner who takes it on the day before needs no reminder.</summary>
    public DateOnly AssignedOn { get; private set; }

    public Guid? CreatedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The phase it was noted in.</summary>
    public Phase Phase { get; private set; }

    /// <summary>The joint puzzle whose "need to know" it came from, by number.</summary>
    public int? FromPuzzle { get; private set; }

    public DateTimeOffset? DoneAt { get; private set; }
    public DateTimeOffset? RemindedAt { get; private set; }

    public bool IsOpen => DoneAt is null;

    public static ActionItem Note(
        Guid collaborationId, int number, string text, Guid createdBy, Guid? ownerId, DateOnly? dueOn, Phase phase, DateOnly today, DateTimeOffset now, int? fromPuzzle = null)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            throw new DomainRuleViolation("Say what needs doing, e.g. `action ask the housing board for the survey owner @ben due 2026-12-04`.");
        }

        if (trimmed.Length > MaxTextLength)
        {
            throw new DomainRuleViolation($"The action is {trimmed.Length} characters long; the most is {MaxTextLength}.");
        }

        CheckDue(dueOn, today);
        return new ActionItem
        {
            Id = Guid.NewGuid(),
            CollaborationId = collaborationId,
            Number = number,
            Text = trimmed,
            CreatedBy = createdBy,
            OwnerId = ownerId,
            DueOn = dueOn,
            AssignedOn = today,
            CreatedAt = now,
            Phase = phase,
            FromPuzzle = fromPuzzle,
        };
    }

    /// <summary>A new owner, a new due date, or both; the reminder starts afresh.</summary>
    public void Assign(Guid? ownerId, DateOnly? dueOn, DateOnly today)
    {
        if (!IsOpen)
        {
            throw new DomainRuleViolation($"Action {Number} is done already.");
        }

        CheckDue(dueOn, today);
        OwnerId = ownerId ?? OwnerId;
        DueOn = dueOn ?? DueOn;
        AssignedOn = today;
        RemindedAt = null;
    }

    public void MarkDone(DateTimeOffset now)
    {
        if (!IsOpen)
        {
            throw new DomainRuleViolation($"Action {Number} is done already.");
        }

        DoneAt = now;
    }

    /// <summary>Open and past its due date.</summary>
    public bool IsOverdue(DateOnly today) => IsOpen && DueOn is { } due && due < today;

    /// <summary>
    /// One reminder to the owner: on the day before the due date (or on the day itself, when the day before was
    /// missed), unless they took it on that day or later, and never once it is done or overdue.
    /// </summary>
    public bool IsReminderDue(DateOnly today) =>
        IsOpen && OwnerId is not null && DueOn is { } due && RemindedAt is null
        && today >= due.AddDays(-1) && today <= due && AssignedOn < due.AddDays(-1);

    public void MarkReminded(DateTimeOffset now) => RemindedAt ??= now;

    /// <summary>Erases a member: no longer its owner (it goes back to nobody) or its author.</summary>
    public void Forget(Guid memberId)
    {
        if (OwnerId == memberId)
        {
            OwnerId = null;
        }

        if (CreatedBy == memberId)
        {
            CreatedBy = null;
        }
    }

    private static void CheckDue(DateOnly? dueOn, DateOnly today)
    {
        if (dueOn is { } due && due < today)
        {
            throw new DomainRuleViolation($"{due:yyyy-MM-dd} has passed; give a due date from today ({today:yyyy-MM-dd}) on.");
        }

        if (dueOn is { } far && far.DayNumber - today.DayNumber > MaxDaysAhead)
        {
            throw new DomainRuleViolation($"A due date is at most two years ahead; {far:yyyy-MM-dd} is further.");
        }
    }
}
