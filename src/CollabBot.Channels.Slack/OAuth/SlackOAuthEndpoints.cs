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
/// verifiable, single-use state; GET /api/slack/oauth/callback checks and claims it, exchanges the code with
/// oauth.v2.access and stores the installation, token encrypted, keyed by team (or enterprise) id. The redirect URL
/// is the configured public address's, never one built from the request's Host header.
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

        var redirect = RedirectUri(settings);
        var (stateValue, nonce) = states.Issue();
        http.Response.Cookies.Append(OAuthState.CookieName, nonce, new CookieOptions
        {
            HttpOnly = true,
            // Behind a tunnel or proxy the request arrives as plain http; the browser's address is the public one.
            Secure = http.Request.IsHttps || redirect.Scheme == Uri.UriSchemeHttps,
            SameSite = SameSiteMode.Lax,
            Path = CallbackPath,
            MaxAge = OAuthState.Lifetime,
        });
        var url = QueryHelpers.AddQueryString(settings.AuthorizeUrl.ToString(), new Dictionary<string, string?>
        {
            ["client_id"] = settings.ClientId,
            ["scope"] = settings.BotScopes,
            ["state"] = stateValue,
            ["redirect_uri"] = redirect.ToString(),
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
        switch (await states.UseAsync(query["state"], http.Request.Cookies[OAuthState.CookieName], http.RequestAborted))
        {
            case StateUse.Invalid:
                LogBadState();
                return Page(StatusCodes.Status400BadRequest, "This install link has expired or was not started here. Start again from /api/slack/install.");
            case StateUse.AlreadyUsed:
                LogReplayedState();
                return Page(StatusCodes.Status400BadRequest, "This install link was already used. Start again from /api/slack/install.");
        }

        http.Response.Cookies.Delete(OAuthState.CookieName, new CookieOptions { Path = CallbackPath });
        if (query["error"].ToString() is { Length: > 0 } || query["code"].ToString() is not { Length: > 0 } code)
        {
            return Page(StatusCodes.Status200OK, "CollabBot was not installed.");
        }

        SlackInstallation? installation;
        try
        {
            var access = await api.CallFormAsync("oauth.v2.access", new Dictionary<string, string>
            {
                ["client_id"] = settings.ClientId!,
                ["client_secret"] = settings.ClientSecret!,
                ["code"] = code,
                ["redirect_uri"] = RedirectUri(settings).ToString(),
            }, http.RequestAborted);
            installation = ToInstallation(access);
        }
        catch (SlackApiException refused)
        {
            return Page(StatusCodes.Status400BadRequest, $"Slack refused the installation: {refused.ErrorCode}. Start again from /api/slack/install.");
        }
        catch (Exception failure) when (SlackApiClient.IsCallFailure(failure, http.RequestAborted))
        {
            LogExchangeFailed(failure.GetType().Name, failure.Message);
            return Unexpected();
        }

        if (installation is null)
        {
            LogExchangeFailed("missing fields", "oauth.v2.access answered ok without an access_token, or without a team or enterprise id");
            return Unexpected();
        }

        await installations.SaveAsync(installation, http.RequestAborted);
        // A reinstall makes every channel worth trying again.
        await state.DeleteByPrefixAsync(Platform.Slack, $"{SlackStateKeys.Team(installation.TeamId)}unreachable/", http.RequestAborted);
        LogInstalled(installation.TeamId, installation.EnterpriseId);
        return Page(StatusCodes.Status200OK, "CollabBot is installed. Invite it to a channel (/invite @CollabBot) and type /collab help.");
    }

    /// <summary>502: Slack's side answered something no installation can be made from; nothing was stored.</summary>
    private static IResult Unexpected() => Page(StatusCodes.Status502BadGateway,
        "Slack's answer to the installation was not one CollabBot understands, so nothing was installed. "
        + "Try again from /api/slack/install in a minute; if it keeps happening, the operator will find the reason in the bot's log.");

    private static IResult Page(int status, string text) => Results.Text(text, "text/plain; charset=utf-8", statusCode: status);

    private SlackInstallation? ToInstallation(JsonElement access)
    {
        static string? Read(JsonElement e, string name) =>
            e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

        var team = access.TryGetProperty("team", out var t) ? Read(t, "id") : null;
        var enterprise = access.TryGetProperty("enterprise", out var en) ? Read(en, "id") : null;
        if ((team ?? enterprise) is not { Length: > 0 } teamId || Read(access, "access_token") is not { Length: > 0 } token)
        {
            return null;
        }

        return new SlackInstallation
        {
            TeamId = teamId,
            EnterpriseId = enterprise,
            IsEnterpriseInstall = access.TryGetProperty("is_enterprise_install", out var ei) && ei.ValueKind == JsonValueKind.True,
            BotUserId = Read(access, "bot_user_id"),
            BotToken = token,
            Scope = Read(access, "scope"),
            AppId = Read(access, "app_id"),
            InstalledAt = clock.GetUtcNow(),
        };
    }

    /// <summary><c>Slack:RedirectUri</c>, else <c>PublicBaseUrl</c> + the callback path (start-up refuses OAuth with neither).</summary>
    private static Uri RedirectUri(SlackOptions settings) =>
        settings.RedirectUri ?? new Uri(settings.PublicBaseUrl!.ToString().TrimEnd('/') + CallbackPath);

    [LoggerMessage(LogLevel.Warning, "Slack OAuth callback with a missing, forged or expired state")]
    private partial void LogBadState();

    [LoggerMessage(LogLevel.Warning, "Slack OAuth callback with a state that was already used (a replay); nothing exchanged")]
    private partial void LogReplayedState();

    [LoggerMessage(LogLevel.Warning, "Slack OAuth exchange failed ({Kind}): {Reason}; answered 502")]
    private partial void LogExchangeFailed(string kind, string reason);

    [LoggerMessage(LogLevel.Information, "Slack app installed in team {TeamId} (enterprise {EnterpriseId})")]
    private partial void LogInstalled(string teamId, string? enterpriseId);
}
