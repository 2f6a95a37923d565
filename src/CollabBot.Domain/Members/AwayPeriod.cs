namespace CollabBot.Domain.Members;

/// <summary>Days a member said they were away, both inclusive, in their local calendar.</summary>
public sealed record AwayPeriod(DateOnly From, DateOnly Until)
{
    public bool Covers(DateOnly day) => day >= From && day <= Until;
}
