namespace CollabBot.Domain.ProcessMap;

/// <summary>How a member takes part in a phase, as the convener maps it (DOMAIN.md §2, "a process map").</summary>
public enum Involvement
{
    Lead,
    Contribute,
    Consult,
    Inform,
}
