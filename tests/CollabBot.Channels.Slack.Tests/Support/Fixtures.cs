using System.Text.Json.Nodes;

namespace CollabBot.Channels.Slack.Tests.Support;

/// <summary>
/// The Slack payloads in tests/fixtures/slack, copied next to the test binaries at build time (see the .csproj),
/// so the tests read nothing outside the repository. Their sources are in tests/fixtures/README.md.
/// </summary>
public static class Fixtures
{
    private static readonly Lazy<string> Folder = new(Locate);

    public static string Text(string name) => File.ReadAllText(Path.Combine(Folder.Value, name));

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(Folder.Value, name));

    public static JsonObject Json(string name) => JsonNode.Parse(Text(name))!.AsObject();

    private static string Locate()
    {
        var fixtures = Path.Combine(AppContext.BaseDirectory, "fixtures", "slack");
        return Directory.Exists(fixtures)
            ? fixtures
            : throw new DirectoryNotFoundException($"The Slack fixtures are copied from tests/fixtures/slack to {fixtures} at build time; rebuild the test project.");
    }
}
