namespace CollabBot.Conversations.Messages;

/// <summary>
/// The neutral card every adapter renders natively: Block Kit on Slack, an Adaptive Card on Teams,
/// HTML in the Playground.
/// </summary>
public sealed record Card
{
    public string? Title { get; init; }
    public string? Body { get; init; }
    public IReadOnlyList<CardFact> Facts { get; init; } = [];

    /// <summary>A matrix (the process map): a table on Teams and in the Playground, a section of fields per row on Slack.</summary>
    public CardTable? Table { get; init; }

    public IReadOnlyList<CardInput> Inputs { get; init; } = [];
    public IReadOnlyList<CardAction> Actions { get; init; } = [];

    /// <summary>An image the bot serves itself (a signed, expiring link), e.g. the digest chart.</summary>
    public string? ImageUrl { get; init; }

    public string? ImageAlt { get; init; }

    /// <summary>Small print under the card.</summary>
    public string? Note { get; init; }

    /// <summary>
    /// When the card's inputs stop being accepted (a check-in closes when the next one opens), in its platform's time;
    /// the Playground page shows the card as closed from then on.
    /// </summary>
    public DateTimeOffset? OpenUntil { get; init; }
}

public sealed record CardFact(string Label, string Value);

/// <summary>Column headings and rows of cells; the first column names the row (e.g. the member).</summary>
public sealed record CardTable(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);

public enum InputKind
{
    Text,
    MultilineText,
    Choice,
}

public sealed record CardInput
{
    public required string Id { get; init; }
    public required string Label { get; init; }
    public InputKind Kind { get; init; } = InputKind.Text;
    public bool Required { get; init; }
    public string? Placeholder { get; init; }
    public IReadOnlyList<CardChoice> Choices { get; init; } = [];
    public int MaxLength { get; init; } = 500;
}

public sealed record CardChoice(string Value, string Title);

public enum ActionStyle
{
    Default,
    Primary,
    Danger,
}

/// <summary>
/// A button. Submitting it sends its <see cref="Id"/>, its <see cref="Data"/> and the card's input values; a button
/// with a <see cref="Url"/> opens that link instead (a download).
/// </summary>
public sealed record CardAction
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public ActionStyle Style { get; init; }
    public IReadOnlyDictionary<string, string> Data { get; init; } = new Dictionary<string, string>();
    public string? Url { get; init; }
}
