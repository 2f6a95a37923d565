namespace CollabBot.Domain.Decisions;

/// <summary>The words people use for a position, and how the bot shows one.</summary>
public static class StanceNames
{
    private static readonly Dictionary<string, Stance> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["agree"] = Stance.Agree,
        ["yes"] = Stance.Agree,
        ["reservations"] = Stance.AgreeWithReservations,
        ["reservation"] = Stance.AgreeWithReservations,
        ["reserve"] = Stance.AgreeWithReservations,
        ["disagree"] = Stance.Disagree,
        ["no"] = Stance.Disagree,
        ["block"] = Stance.Block,
        ["abstain"] = Stance.Abstain,
    };

    /// <summary>The word for each stance, as it is typed.</summary>
    public static string Word(Stance stance) => stance switch
    {
        Stance.Agree => "agree",
        Stance.AgreeWithReservations => "reservations",
        Stance.Disagree => "disagree",
        Stance.Abstain => "abstain",
        _ => "block",
    };

    public static bool TryParse(string word, out Stance stance) => Words.TryGetValue(word.Trim(), out stance);

    public static string Display(Stance stance) => stance switch
    {
        Stance.Agree => "agree",
        Stance.AgreeWithReservations => "agree with reservations",
        Stance.Disagree => "disagree",
        Stance.Abstain => "abstain",
        _ => "block",
    };
}
