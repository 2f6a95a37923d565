using CollabBot.Domain.CheckIns;

namespace CollabBot.Domain.ValueChains;

/// <summary>Which kinds of value are being created (issue 27, item 3): the dimensions named at check-ins, most named first.</summary>
public static class ValueKinds
{
    public static string Name(ValueDimension dimension) => dimension switch
    {
        ValueDimension.ShortTermSatisfaction => "short-term satisfaction",
        ValueDimension.LongerTermOutcomes => "longer-term outcomes",
        ValueDimension.LivedExperience => "lived experience",
        ValueDimension.CapacityBuilt => "capacity built",
        _ => "public value",
    };

    /// <summary>"capacity built 3, public value 1"; null when no dimension was named.</summary>
    public static string? Describe(IEnumerable<ValueDimension> named)
    {
        var counts = named.GroupBy(d => d).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => $"{Name(g.Key)} {g.Count()}").ToList();
        return counts.Count == 0 ? null : string.Join(", ", counts);
    }
}
