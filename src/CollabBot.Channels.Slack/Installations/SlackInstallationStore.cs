using System.Text.Json;
using CollabBot.Conversations.Storage;
using CollabBot.Domain;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace CollabBot.Channels.Slack.Installations;

/// <summary>
/// Installations keyed by team id (or enterprise id for org-wide installs), bot tokens encrypted
/// with ASP.NET Core Data Protection. In single-workspace mode <c>Slack:BotToken</c> answers for
/// any team that has no stored installation.
/// </summary>
public sealed class SlackInstallationStore(IChannelStateStore state, IDataProtectionProvider protection, IOptionsMonitor<SlackOptions> options)
{
    private readonly IDataProtector _protector = protection.CreateProtector("CollabBot.Channels.Slack.BotToken.v1");

    public async Task SaveAsync(SlackInstallation installation, CancellationToken cancellationToken)
    {
        var stored = installation with { BotToken = _protector.Protect(installation.BotToken) };
        var key = installation is { IsEnterpriseInstall: true, EnterpriseId: { } enterprise }
            ? SlackStateKeys.EnterpriseInstallation(enterprise)
            : SlackStateKeys.TeamInstallation(installation.TeamId);
        await state.SetAsync(Platform.Slack, key, JsonSerializer.Serialize(stored, SlackJsonContext.Default.SlackInstallation), cancellationToken);
    }

    /// <summary>The installation that serves a workspace, with its token decrypted; null when the app is not installed there.</summary>
    public async Task<SlackInstallation?> FindAsync(string teamId, string? enterpriseId, CancellationToken cancellationToken)
    {
        var json = await state.GetAsync(Platform.Slack, SlackStateKeys.TeamInstallation(teamId), cancellationToken);
        if (json is null && enterpriseId is not null)
        {
            json = await state.GetAsync(Platform.Slack, SlackStateKeys.EnterpriseInstallation(enterpriseId), cancellationToken);
        }

        if (json is not null)
        {
            var stored = JsonSerializer.Deserialize(json, SlackJsonContext.Default.SlackInstallation)!;
            return stored with { BotToken = _protector.Unprotect(stored.BotToken) };
        }

        return options.CurrentValue.BotToken is { Length: > 0 } token
            ? new SlackInstallation { TeamId = teamId, EnterpriseId = enterpriseId, BotToken = token }
            : null;
    }

    /// <summary>Forgets a workspace: its installation and everything remembered about it (app_uninstalled, tokens_revoked).</summary>
    /// <remarks>An org-wide install is removed with its enterprise when the event says it was one.</remarks>
    public async Task<int> RemoveTeamAsync(string teamId, string? enterpriseId, CancellationToken cancellationToken)
    {
        var removed = await state.DeleteByPrefixAsync(Platform.Slack, SlackStateKeys.Team(teamId), cancellationToken);
        return enterpriseId is null
            ? removed
            : removed + await state.DeleteByPrefixAsync(Platform.Slack, SlackStateKeys.Enterprise(enterpriseId), cancellationToken);
    }
}
