namespace CollabBot.Domain.Members;

/// <summary>Leadership is distributed: a member may hold any number of roles (DOMAIN.md §2).</summary>
[Flags]
public enum Role
{
    None = 0,
    Member = 1,
    Convener = 2,
    Facilitator = 4,
    Catalyst = 8,
    Sponsor = 16,
    Coordinator = 32,
}
