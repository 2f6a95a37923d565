namespace CollabBot.Channels.Slack.Rendering;

/// <summary>Block Kit limits (PROTOCOLS.md §3.5, checklist 43).</summary>
public static class BlockKitLimits
{
    public const int BlocksPerMessage = 50;
    public const int BlocksPerView = 100;
    public const int SectionText = 3000;
    public const int HeaderText = 150;
    public const int ContextText = 2000;
    public const int FallbackText = 4000;
    public const int ActionsPerBlock = 25;
    public const int ButtonText = 75;
    public const int ButtonValue = 2000;
    public const int ButtonUrl = 3000;
    public const int FieldsPerSection = 10;
    public const int FieldText = 2000;
    public const int Identifier = 255;
    public const int Label = 2000;
    public const int Placeholder = 150;
    public const int InputText = 3000;
    public const int ImageUrl = 3000;
    public const int ImageAlt = 2000;
    public const int Options = 100;
    public const int OptionText = 75;
    public const int OptionValue = 150;
    public const int ViewTitle = 24;
    public const int PrivateMetadata = 3000;

    /// <summary>What replaces the cut-off end of a shortened text.</summary>
    public const string Marker = "…";
}
