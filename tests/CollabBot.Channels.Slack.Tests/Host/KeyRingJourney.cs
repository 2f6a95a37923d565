using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using CollabBot.Channels.Slack.Tests.Support;
using CollabBot.Persistence;
using CollabBot.Testing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CollabBot.Channels.Slack.Tests.Host;

/// <summary>
/// The Data Protection key ring that encrypts stored Slack tokens sits in the same database as the tokens. With
/// <c>DataProtection:CertificatePath</c> its keys are stored encrypted with that certificate, so a copy of the database
/// alone opens nothing; keys stored unencrypted before are encrypted at the next start.
/// </summary>
[Collection(SlackHostCollection.Name)]
public abstract class KeyRingJourney(DatabaseProvider provider) : IAsyncLifetime
{
    private const string TokenPurpose = "CollabBot.Channels.Slack.BotToken.v1";
    private TestDatabase _database = null!;
    private FakeSlackApi _slack = null!;
    private TestKeyRingCertificate _certificate = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider, "keyring");
        _slack = await FakeSlackApi.StartAsync();
        _certificate = TestKeyRingCertificate.Create();
    }

    public async Task DisposeAsync()
    {
        _certificate.Dispose();
        await _slack.DisposeAsync();
        await _database.DisposeAsync();
    }

    private Dictionary<string, string?> OAuth(bool withCertificate)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Slack:BotToken"] = "",
            ["Slack:ClientId"] = "1234.5678",
            ["Slack:ClientSecret"] = "client-secret-made-at-test-time",
            ["PublicBaseUrl"] = "https://collabbot.example.org",
        };
        foreach (var (key, value) in withCertificate ? _certificate.HostSettings() : [])
        {
            settings[key] = value;
        }

        return settings;
    }

    [Fact]
    public async Task A_token_installed_by_OAuth_cannot_be_read_from_a_copy_of_the_database_alone()
    {
        string storedToken;
        await using (var app = new SlackHostApp(_database, _slack, OAuth(withCertificate: true)))
        {
            var http = app.Http();
            var install = await http.GetAsync("/api/slack/install");
            var state = QueryHelpers.ParseQuery(install.Headers.Location!.Query)["state"].ToString();
            using var callback = new HttpRequestMessage(HttpMethod.Get, $"/api/slack/oauth/callback?code={_slack.OAuthCode}&state={Uri.EscapeDataString(state)}");
            callback.Headers.Add("Cookie", install.Headers.GetValues("Set-Cookie").Single().Split(';')[0]);
            Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(callback)).StatusCode);
            var installation = await app.Services.GetRequiredService<CollabBot.Conversations.Storage.IChannelStateStore>()
                .GetAsync(CollabBot.Domain.Platform.Slack, "team/T00INSTALL1/installation", default);
            storedToken = JsonNode.Parse(installation!)!["bot_token"]!.GetValue<string>();
        }

        var keys = await StoredKeysAsync();
        Assert.NotEmpty(keys);
        Assert.All(keys, xml => Assert.Contains("encryptedSecret", xml, StringComparison.Ordinal));
        Assert.All(keys, xml => Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal));
        using (var copy = KeyRingFromDatabase(withCertificate: false))
        {
            Assert.ThrowsAny<CryptographicException>(() => copy.GetRequiredService<IDataProtectionProvider>().CreateProtector(TokenPurpose).Unprotect(storedToken));
        }

        using var withKey = KeyRingFromDatabase(withCertificate: true);
        Assert.Equal("test-token-installed-by-oauth", withKey.GetRequiredService<IDataProtectionProvider>().CreateProtector(TokenPurpose).Unprotect(storedToken));
    }

    [Fact]
    public async Task Keys_stored_unencrypted_before_are_encrypted_at_the_next_start_and_still_open_what_they_protected()
    {
        string protectedBefore;
        await using (var before = new SlackHostApp(_database, _slack))
        {
            protectedBefore = before.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(TokenPurpose).Protect("test-token-from-before");
        }

        Assert.Contains(await StoredKeysAsync(), xml => xml.Contains("<value>", StringComparison.Ordinal));

        await using (var after = new SlackHostApp(_database, _slack, _certificate.HostSettings().ToDictionary()))
        {
            Assert.Equal("test-token-from-before", after.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(TokenPurpose).Unprotect(protectedBefore));
        }

        Assert.All(await StoredKeysAsync(), xml => Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal));
        using var copy = KeyRingFromDatabase(withCertificate: false);
        Assert.ThrowsAny<CryptographicException>(() => copy.GetRequiredService<IDataProtectionProvider>().CreateProtector(TokenPurpose).Unprotect(protectedBefore));
    }

    [Fact]
    public void Production_with_Slack_OAuth_and_no_key_ring_certificate_stops_start_up_naming_the_setting()
    {
        var failure = Assert.ThrowsAny<Exception>(() => new SlackHostApp(_database, _slack, OAuth(withCertificate: false)));

        Assert.Contains("DataProtection:CertificatePath", failure.ToString(), StringComparison.Ordinal);
    }

    private async Task<List<string>> StoredKeysAsync()
    {
        using var services = KeyRingFromDatabase(withCertificate: false);
        await using var db = services.GetRequiredService<CollabDbContextFactory>().Create();
        return await db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync();
    }

    /// <summary>What someone holding only the database (and, when asked, the certificate) can do with it.</summary>
    private ServiceProvider KeyRingFromDatabase(bool withCertificate)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(_database.HostSettings()).Build();
        var services = new ServiceCollection().AddLogging(l => l.ClearProviders()).AddSingleton(TimeProvider.System);
        services.AddPersistence(configuration);
        if (withCertificate)
        {
            services.AddDataProtection().UnprotectKeysWithAnyCertificate(_certificate.Certificate);
        }

        return services.BuildServiceProvider();
    }
}

public sealed class SqliteKeyRingJourney() : KeyRingJourney(DatabaseProvider.Sqlite);

public sealed class PostgresKeyRingJourney() : KeyRingJourney(DatabaseProvider.Postgres);
