using CollabBot.Domain.Glossary;

namespace CollabBot.Conversations.Glossary;

/// <summary>The definitions of a collaboration's glossary, within the current unit of work.</summary>
public interface IGlossaryStore
{
    Task<SharedGlossary> LoadAsync(Guid collaborationId, CancellationToken cancellationToken);

    void Add(Definition definition);
}
