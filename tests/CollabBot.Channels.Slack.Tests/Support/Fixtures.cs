using System.Text.Json.Nodes;

namespace CollabBot.Channels.Slack.Tests.Support;

/// <summary>The shared Slack payload fixtures (../shared/fixtures/slack beside the repository).</summary>
public static class Fixtures
{
    private static readonly Lazy<string> Folder = new(Locate);

    public static string Text(string name) => File.ReadAllText(Path.Combine(Folder.Value, name));

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(Folder.Value, name));

    public static JsonObject Json(string name) => JsonNode.Parse(Text(name))!.AsObject();

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CollabBot.sln")))
            {
                var shared = Path.Combine(dir.FullName, "..", "shared", "fixtures", "slack");
                if (Directory.Exists(shared))
                {
                    return Path.GetFullPath(shared);
                }

                throw new DirectoryNotFoundException($"The shared fixtures are expected at {shared}.");
            }
        }

        throw new DirectoryNotFoundException("CollabBot.sln not found above the test's base directory.");
    }
}
