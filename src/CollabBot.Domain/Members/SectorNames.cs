namespace CollabBot.Domain.Members;

/// <summary>The words people use for a sector, and how the bot shows one.</summary>
public static class SectorNames
{
    private static readonly Dictionary<string, Sector> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["public"] = Sector.PublicAgency,
        ["public-agency"] = Sector.PublicAgency,
        ["agency"] = Sector.PublicAgency,
        ["government"] = Sector.PublicAgency,
        ["municipality"] = Sector.PublicAgency,
        ["private"] = Sector.PrivateBusiness,
        ["business"] = Sector.PrivateBusiness,
        ["private-business"] = Sector.PrivateBusiness,
        ["firm"] = Sector.PrivateBusiness,
        ["company"] = Sector.PrivateBusiness,
        ["ngo"] = Sector.CivilSociety,
        ["civil"] = Sector.CivilSociety,
        ["civil-society"] = Sector.CivilSociety,
        ["nonprofit"] = Sector.CivilSociety,
        ["citizen"] = Sector.Citizen,
        ["end-user"] = Sector.Citizen,
        ["enduser"] = Sector.Citizen,
        ["user"] = Sector.Citizen,
        ["resident"] = Sector.Citizen,
        ["knowledge"] = Sector.KnowledgeInstitution,
        ["knowledge-institution"] = Sector.KnowledgeInstitution,
        ["university"] = Sector.KnowledgeInstitution,
        ["research"] = Sector.KnowledgeInstitution,
    };

    /// <summary>The canonical word for each sector, as shown in help text.</summary>
    public static readonly IReadOnlyList<string> Canonical = ["public", "business", "ngo", "citizen", "knowledge"];

    public static bool TryParse(string text, out Sector sector)
    {
        var key = text.Trim().Replace(' ', '-');
        return Aliases.TryGetValue(key, out sector) || Enum.TryParse(key, ignoreCase: true, out sector) && Enum.IsDefined(sector);
    }

    public static string Display(Sector sector) => sector switch
    {
        Sector.PublicAgency => "public agency",
        Sector.PrivateBusiness => "private business",
        Sector.CivilSociety => "civil society / NGO",
        Sector.Citizen => "citizen / end user",
        Sector.KnowledgeInstitution => "knowledge institution",
        _ => sector.ToString(),
    };
}
