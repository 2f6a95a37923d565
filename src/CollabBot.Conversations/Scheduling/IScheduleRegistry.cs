namespace CollabBot.Conversations.Scheduling;

/// <summary>Tells the scheduler that a piece of recurring work appeared, changed or went away.</summary>
public interface IScheduleRegistry
{
    void Upsert(RecurringWork work);

    void Remove(string workId);
}
