using CollabBot.Conversations.Storage;
using CollabBot.Domain.Participation;

namespace CollabBot.Persistence;

internal sealed class EfParticipationLog(CollabDbContext db) : IParticipationLog
{
    public void Record(ParticipationSignal signal) => db.Add(signal);
}
