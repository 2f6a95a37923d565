namespace CollabBot.Domain.Network;

/// <summary>
/// The words people see for a stage ("getting started", "working together", "reaching out"); the research terms of Cui &amp;
/// Osborne (coupling, integration, linking) are for those who ask (`help`, `what is`).
/// </summary>
public static class NetworkStageNames
{
    public static string Plain(NetworkStage stage) => stage switch
    {
        NetworkStage.Coupling => "getting started",
        NetworkStage.Integration => "working together",
        _ => "reaching out",
    };

    public static string Research(NetworkStage stage) => stage.ToString().ToLowerInvariant();
}
