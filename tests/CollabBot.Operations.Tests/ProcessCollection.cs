namespace CollabBot.Operations.Tests;

/// <summary>Tests that start host processes run one at a time: each starts one to three hosts on a 2-core machine.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessCollection
{
    public const string Name = "host-processes";
}
