using CollabBot.Domain.ProcessMap;

namespace CollabBot.Conversations.ProcessMap;

/// <summary>A collaboration's process map, within the current unit of work.</summary>
public interface IProcessMapStore
{
    Task<IReadOnlyList<ProcessMapEntry>> ListAsync(Guid collaborationId, CancellationToken cancellationToken);

    void Add(ProcessMapEntry entry);
}
