using System.Net;
using System.Text.Json.Nodes;
using CollabBot.Testing;

namespace CollabBot.Host.Tests;

/// <summary>The privacy and terms pages the Teams app manifest links to answer in production, with content.</summary>
[Collection(HostCollection.Name)]
public sealed class LegalPagesFacts : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, "legal");

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task The_privacy_and_terms_links_of_the_Teams_manifest_answer_200_with_their_page()
    {
        var developer = JsonNode.Parse(await File.ReadAllTextAsync(Repository.PathTo("manifests", "teams", "manifest.json")))!["developer"]!;
        var privacy = PathOf(developer["privacyUrl"]!.GetValue<string>());
        var terms = PathOf(developer["termsOfUseUrl"]!.GetValue<string>());
        Assert.Equal(("/privacy", "/terms"), (privacy, terms));

        await using var app = new CollabBotApp(_database, "Production");
        var http = app.Http();

        var privacyPage = await http.GetAsync(privacy);
        Assert.Equal(HttpStatusCode.OK, privacyPage.StatusCode);
        Assert.Equal("text/html", privacyPage.Content.Headers.ContentType?.MediaType);
        var privacyText = await privacyPage.Content.ReadAsStringAsync();
        Assert.Contains("<h1>CollabBot: privacy</h1>", privacyText);
        Assert.Contains("What the bot stores", privacyText);
        Assert.Contains("Who sees what", privacyText);
        Assert.Contains("<code>export</code>", privacyText);
        Assert.Contains("<code>forget me</code>", privacyText);
        Assert.Contains("How long it is kept", privacyText);

        var termsPage = await http.GetAsync(terms);
        Assert.Equal(HttpStatusCode.OK, termsPage.StatusCode);
        Assert.Equal("text/html", termsPage.Content.Headers.ContentType?.MediaType);
        var termsText = await termsPage.Content.ReadAsStringAsync();
        Assert.Contains("<h1>CollabBot: terms of use</h1>", termsText);
        Assert.Contains("href=\"/privacy\"", termsText);
    }

    /// <summary>"https://${{BOT_DOMAIN}}/privacy" → "/privacy": the manifest's placeholder is filled in when the package is built.</summary>
    private static string PathOf(string url) => url[(url.IndexOf("}}", StringComparison.Ordinal) + 2)..];
}
