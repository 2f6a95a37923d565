using System.Text.Json;
using CollabBot.Channels.Slack.Installations;
using CollabBot.Channels.Slack.WebApi;
using CollabBot.Conversations.Storage;
using CollabBot.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CollabBot.Channels.Slack.OAuth;

/// <summary>
/// OAuth v2 install (PROTOCOLS.md §3.4): GET /api/slack/install sends the admin to Slack with a
/// verifiable state; GET /api/slack/oauth/callback checks it, exchanges the code with oauth.v2.access
/// and stores the installation, token encrypted, keyed by team (or enterprise) id.
/// </summary>
public sealed partial class SlackOAuthEndpoints(
    IOptionsMonitor<SlackOptions> options, OAuthState states, SlackApiClient api, SlackInstallationStore installations,
    IChannelStateStore state, TimeProvider clock, ILogger<SlackOAuthEndpoints> logger)
{
    public const string CallbackPath = "/api/slack/oauth/callback";

    public IResult Install(HttpContext http)
    {
        var settings = options.CurrentValue;
        if (!settings.Enabled || !settings.OAuthEnabled)
        {
            return Results.NotFound();
        }

        var (stateValue, nonce) = states.Issue();
        http.Response.Cookies.Append(OAuthState.CookieName, nonce, new CookieOptions
        {
            HttpOnly = true,
            Secure = http.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            Path = CallbackPath,
            MaxAge = TimeSpan.FromMinutes(10),
        });
        var url = QueryHelpers.AddQueryString(settings.AuthorizeUrl.ToString(), new Dictionary<string, string?>
        {
            ["client_id"] = settings.ClientId,
            ["scope"] = settings.BotScopes,
            ["state"] = stateValue,
            ["redirect_uri"] = RedirectUri(http),
        });
        return Results.Redirect(url);
    }

    public async Task<IResult> CallbackAsync(HttpContext http)
    {
        var settings = options.CurrentValue;
        if (!settings.Enabled || !settings.OAuthEnabled)
        {
            return Results.NotFound();
        }

        var query = http.Request.Query;
        if (!states.IsValid(query["state"], http.Request.Cookies[OAuthState.CookieName]))
        {
            LogBadState();
            return Results.BadRequest("This install link has expired or was not started here. Start again from /api/slack/install.");
        }

        http.Response.Cookies.Delete(OAuthState.CookieName, new CookieOptions { Path = CallbackPath });
        if (query["error"].ToString() is { Length: > 0 } error || query["code"].ToString() is not { Length: > 0 } code)
        {
            return Results.Text("CollabBot was not installed.");
        }

        JsonElement access;
        try
        {
            access = await api.CallFormAsync("oauth.v2.access", new Dictionary<string, string>
            {
                ["client_id"] = settings.ClientId!,
                ["client_secret"] = settings.ClientSecret!,
                ["code"] = code,
                ["redirect_uri"] = RedirectUri(http),
            }, http.RequestAborted);
        }
        catch (SlackApiException failure)
        {
            return Results.BadRequest($"Slack refused the installation: {failure.ErrorCode}");
        }

        var installation = ToInstallation(access);
        await installations.SaveAsync(installation, http.RequestAborted);
        // A reinstall makes every channel worth trying again.
        await state.DeleteByPrefixAsync(Platform.Slack, $"{SlackStateKeys.Team(installation.TeamId)}unreachable/", http.RequestAborted);
        LogInstalled(installation.TeamId, installation.EnterpriseId);
        return Results.Text("CollabBot is installed. Invite it to a channel (/invite @CollabBot) and type /collab help.");
    }

    private SlackInstallation ToInstallation(JsonElement access)
    {
        static string? Read(JsonElement e, string name) =>
            e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

        var team = access.TryGetProperty("team", out var t) ? Read(t, "id") : null;
        var enterprise = access.TryGetProperty("enterprise", out var en) ? Read(en, "id") : null;
        return new SlackInstallation
        {
            TeamId = team ?? enterprise ?? throw new JsonException("oauth.v2.access returned neither team nor enterprise"),
            EnterpriseId = enterprise,
            IsEnterpriseInstall = access.TryGetProperty("is_enterprise_install", out var ei) && ei.ValueKind == JsonValueKind.True,
            BotUserId = Read(access, "bot_user_id"),
            BotToken = Read(access, "access_token") ?? throw new JsonException("oauth.v2.access returned no access_token"),
            Scope = Read(access, "scope"),
            AppId = Read(access, "app_id"),
            InstalledAt = clock.GetUtcNow(),
        };
    }

    private string RedirectUri(HttpContext http) =>
        options.CurrentValue.RedirectUri?.ToString() ?? $"{http.Request.Scheme}://{http.Request.Host}{CallbackPath}";

    [LoggerMessage(LogLevel.Warning, "Slack OAuth callback with a missing, forged or expired state")]
    private partial void LogBadState();

    [LoggerMessage(LogLevel.Information, "Slack app installed in team {TeamId} (enterprise {EnterpriseId})")]
    private partial void LogInstalled(string teamId, string? enterpriseId);
}
