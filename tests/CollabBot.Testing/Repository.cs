namespace CollabBot.Testing;

/// <summary>The repository the tests were built from: the folder holding CollabBot.sln above the test binaries.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    /// <summary>A path inside the repository, e.g. <c>Repository.PathTo("manifests", "teams", "manifest.json")</c>.</summary>
    public static string PathTo(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CollabBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("CollabBot.sln not found above " + AppContext.BaseDirectory);
    }
}
