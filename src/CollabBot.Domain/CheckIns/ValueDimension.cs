namespace CollabBot.Domain.CheckIns;

/// <summary>The five dimensions value is read on (DOMAIN.md §3).</summary>
public enum ValueDimension
{
    ShortTermSatisfaction,
    LongerTermOutcomes,
    LivedExperience,
    CapacityBuilt,
    PublicValue,
}
