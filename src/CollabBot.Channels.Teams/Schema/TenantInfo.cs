namespace CollabBot.Channels.Teams.Schema;

public sealed record TenantInfo(string? Id);
