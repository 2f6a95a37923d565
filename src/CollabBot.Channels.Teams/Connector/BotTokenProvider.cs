using System.Net.Http.Json;
using CollabBot.Channels.Teams.Schema;
using Microsoft.Extensions.Options;

namespace CollabBot.Channels.Teams.Connector;

/// <summary>
/// The bot's app token for the Bot Connector: client credentials against
/// <c>{ToChannelFromBotLoginUrl}/oauth2/v2.0/token</c> with scope <c>{ToChannelFromBotOAuthScope}/.default</c>,
/// cached until 5 minutes before it expires and fetched by one caller at a time (PROTOCOLS.md §4 items 21-22).
/// </summary>
public sealed class BotTokenProvider(IHttpClientFactory httpClients, IOptions<TeamsOptions> options, TimeProvider clock) : IDisposable
{
    public const string ClientName = "CollabBot.Teams.Token";

    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile CachedToken? _cached;

    /// <summary>The bearer token, or null when the bot has no app id (anonymous development mode).</summary>
    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.HasAppId)
        {
            return null;
        }

        if (_cached is { } fresh && fresh.RefreshAt > clock.GetUtcNow())
        {
            return fresh.Value;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_cached is { } other && other.RefreshAt > clock.GetUtcNow())
            {
                return other.Value;
            }

            _cached = await RequestAsync(cancellationToken);
            return _cached.Value;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<CachedToken> RequestAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = settings.MicrosoftAppId!,
            ["client_secret"] = settings.MicrosoftAppPassword ?? "",
            ["scope"] = settings.OAuthScope,
        });
        var http = httpClients.CreateClient(ClientName);
        using var response = await http.PostAsync(new Uri(settings.LoginUrl + "/oauth2/v2.0/token"), form, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            // The body may echo request details; only the status is reported.
            throw new HttpRequestException($"The token endpoint answered {(int)response.StatusCode}.", null, response.StatusCode);
        }

        var token = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken)
            ?? throw new HttpRequestException("The token endpoint answered an empty body.");
        if (string.IsNullOrEmpty(token.AccessToken))
        {
            throw new HttpRequestException("The token endpoint answered no access_token.");
        }

        var lifetime = TimeSpan.FromSeconds(Math.Max(0, token.ExpiresIn));
        var margin = lifetime > RefreshMargin * 2 ? RefreshMargin : lifetime / 2;
        return new CachedToken(token.AccessToken, clock.GetUtcNow() + lifetime - margin);
    }

    private sealed record CachedToken(string Value, DateTimeOffset RefreshAt);
}
