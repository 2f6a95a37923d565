namespace CollabBot.Channels.Teams.Schema;

/// <summary>The <c>value</c> of an <c>adaptiveCard/action</c> invoke (Universal Actions).</summary>
public sealed record AdaptiveCardInvokeValue
{
    public AdaptiveCardInvokeAction? Action { get; init; }

    /// <summary><c>manual</c> (a click) or <c>automatic</c> (a refresh).</summary>
    public string? Trigger { get; init; }

    public string? State { get; init; }
}
