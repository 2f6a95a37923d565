using CollabBot.Conversations.Storage;
using CollabBot.Domain.Participation;

namespace CollabBot.Persistence;

/// <summary>Signals are appends of the turn's unit of work: a turn that only records one stays on the group commit.</summary>
internal sealed class EfParticipationLog(EfUnitOfWork unitOfWork) : IParticipationLog
{
    public void Record(ParticipationSignal signal) => unitOfWork.Record(signal);
}
