namespace CollabBot.Delivery.Tests;

/// <summary>One host at a time: the tests time deliveries against limits, and Hangfire keeps some configuration process-wide.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DeliveryCollection
{
    public const string Name = "delivery";
}
