using System.Text.Json.Nodes;

namespace CollabBot.Channels.Teams.Tests.Fakes;

/// <summary>
/// The Teams payloads in tests/fixtures/teams, copied next to the test binaries at build time (see the .csproj),
/// so the tests read nothing outside the repository. Their sources are in tests/fixtures/README.md.
/// </summary>
public static class PayloadFixtures
{
    public static string Directory { get; } = Find();

    public static string Text(string name) => File.ReadAllText(Path.Combine(Directory, name));

    public static JsonObject Load(string name) => JsonNode.Parse(Text(name))!.AsObject();

    private static string Find()
    {
        var fixtures = Path.Combine(AppContext.BaseDirectory, "fixtures", "teams");
        return System.IO.Directory.Exists(fixtures)
            ? fixtures
            : throw new DirectoryNotFoundException($"The Teams fixtures are copied from tests/fixtures/teams to {fixtures} at build time; rebuild the test project.");
    }
}
