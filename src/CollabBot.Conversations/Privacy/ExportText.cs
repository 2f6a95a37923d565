namespace CollabBot.Conversations.Privacy;

/// <summary>
/// An export travels as a fenced block in the message text, which every channel delivers today. The neutral message
/// has no file attachment yet; see the issue note. Kept under <see cref="MaxLength"/> characters, inside Slack's
/// 40,000-character text limit and the roughly 28 KB a Teams message may carry.
/// </summary>
public static class ExportText
{
    public const int MaxLength = 24_000;

    public static string Fenced(string intro, string language, string content, string fileName)
    {
        var body = content.Length <= MaxLength
            ? content
            : content[..MaxLength] + "\n… (cut here: the export is longer than a chat message can carry; ask the operator for the full file)";
        return $"{intro}\n{fileName}:\n```{language}\n{body}\n```";
    }
}
