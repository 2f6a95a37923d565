using System.Text.Json.Nodes;

namespace CollabBot.Channels.Teams.Tests.Fakes;

/// <summary>The payloads in ../shared/fixtures/teams (beside the repository, on developer machines and in CI).</summary>
public static class SharedFixtures
{
    public static string Directory { get; } = Find();

    public static string Text(string name) => File.ReadAllText(Path.Combine(Directory, name));

    public static JsonObject Load(string name) => JsonNode.Parse(Text(name))!.AsObject();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CollabBot.sln")))
            {
                var fixtures = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "fixtures", "teams"));
                return System.IO.Directory.Exists(fixtures)
                    ? fixtures
                    : throw new DirectoryNotFoundException($"The shared Teams fixtures are expected at {fixtures}.");
            }
        }

        throw new DirectoryNotFoundException("CollabBot.sln not found above the test binaries.");
    }
}
