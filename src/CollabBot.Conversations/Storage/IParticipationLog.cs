using CollabBot.Domain.Participation;

namespace CollabBot.Conversations.Storage;

/// <summary>Participation signals, written in the current unit of work.</summary>
public interface IParticipationLog
{
    void Record(ParticipationSignal signal);
}
