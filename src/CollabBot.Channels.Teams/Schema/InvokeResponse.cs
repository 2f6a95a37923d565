namespace CollabBot.Channels.Teams.Schema;

/// <summary>What the bot answers on the HTTP response of an invoke: a status and an optional JSON body.</summary>
public sealed record InvokeResponse(int Status, AdaptiveCardInvokeResponse? Body = null)
{
    public static readonly InvokeResponse NotImplemented = new(501);
}
