namespace CollabBot.Domain.Members;

/// <summary>The kind of organisation a member speaks for (DOMAIN.md §2).</summary>
public enum Sector
{
    PublicAgency,
    PrivateBusiness,
    CivilSociety,
    Citizen,
    KnowledgeInstitution,
}
