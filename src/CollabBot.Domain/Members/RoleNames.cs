namespace CollabBot.Domain.Members;

public static class RoleNames
{
    public static readonly IReadOnlyList<Role> Assignable =
        [Role.Convener, Role.Facilitator, Role.Catalyst, Role.Sponsor, Role.Coordinator, Role.Member];

    /// <summary>
    /// The three leadership roles of the research (DOMAIN.md §1) that a team needs from within: a collaboration
    /// nobody convenes, facilitates or disturbs is missing a leader. Sponsors and coordinators support from outside
    /// (one coordinator oversees several teams), so a team without one is not short of leadership.
    /// </summary>
    public static readonly IReadOnlyList<Role> Leadership = [Role.Convener, Role.Facilitator, Role.Catalyst];

    public static bool TryParse(string text, out Role role)
    {
        var word = text.Trim().TrimEnd('s');
        foreach (var candidate in Assignable)
        {
            if (string.Equals(candidate.ToString(), word, StringComparison.OrdinalIgnoreCase))
            {
                role = candidate;
                return true;
            }
        }

        role = Role.None;
        return false;
    }

    /// <summary>"convener, facilitator": the roles held besides member, lower case; "member" when there are none.</summary>
    public static string Display(Role roles)
    {
        var names = Assignable.Where(r => r != Role.Member && roles.HasFlag(r)).Select(r => r.ToString().ToLowerInvariant()).ToList();
        return names.Count == 0 ? "member" : string.Join(", ", names);
    }
}
