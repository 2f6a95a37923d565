namespace CollabBot.Conversations.Scheduling;

/// <summary>Used where no scheduler runs; recurring work is still listed and run by whoever asks.</summary>
public sealed class NoScheduleRegistry : IScheduleRegistry
{
    public void Upsert(RecurringWork work)
    {
    }

    public void Remove(string workId)
    {
    }
}
