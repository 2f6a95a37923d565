namespace CollabBot.Host.Legal;

/// <summary>
/// /privacy and /terms: the plain pages the Teams app manifest links to (developer.privacyUrl, termsOfUseUrl).
/// They are served in every environment, and embedded so the host needs no static files.
/// </summary>
internal static class LegalPages
{
    private static readonly string Privacy = Load("privacy.html");
    private static readonly string Terms = Load("terms.html");

    public static void MapLegalPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/privacy", () => Results.Content(Privacy, "text/html; charset=utf-8")).ExcludeFromDescription();
        endpoints.MapGet("/terms", () => Results.Content(Terms, "text/html; charset=utf-8")).ExcludeFromDescription();
    }

    private static string Load(string name)
    {
        using var stream = typeof(LegalPages).Assembly.GetManifestResourceStream($"CollabBot.Host.Legal.{name}")
            ?? throw new InvalidOperationException($"The page {name} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
