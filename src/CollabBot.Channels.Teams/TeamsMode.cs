namespace CollabBot.Channels.Teams;

/// <summary>How the adapter runs, decided once at start-up from the app id and the environment.</summary>
public enum TeamsMode
{
    /// <summary>No app id outside Development: fail closed, <c>/api/messages</c> answers 404.</summary>
    Off,

    /// <summary>No app id in Development: requests are not authenticated (Agents Playground).</summary>
    Anonymous,

    /// <summary>Every request carries a Bot Framework JWT that is validated.</summary>
    Authenticated,
}
