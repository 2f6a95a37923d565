namespace CollabBot.Channels.Playground;

/// <summary>The single-page Playground UI, embedded in the assembly so the host needs no static files.</summary>
internal static class PlaygroundPage
{
    public static readonly string Html = Load();

    private static string Load()
    {
        using var stream = typeof(PlaygroundPage).Assembly.GetManifestResourceStream("CollabBot.Channels.Playground.wwwroot.playground.html")
            ?? throw new InvalidOperationException("The Playground page is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
