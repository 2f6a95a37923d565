namespace CollabBot.Domain.Workspaces;

/// <summary>
/// The isolation boundary: a Slack team, a Teams tenant or the local playground.
/// Nothing is shared between workspaces.
/// </summary>
public sealed class Workspace
{
    private Workspace()
    {
        ExternalId = "";
    }

    public Workspace(Guid id, Platform platform, string externalId, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(externalId);
        Id = id;
        Platform = platform;
        ExternalId = externalId;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }
    public Platform Platform { get; private set; }

    /// <summary>Slack team id, Teams tenant id, or "playground".</summary>
    public string ExternalId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}
