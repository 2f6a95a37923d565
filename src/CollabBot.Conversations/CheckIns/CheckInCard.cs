using System.Globalization;
using CollabBot.Conversations.Messages;
using CollabBot.Domain.CheckIns;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.ValueChains;

namespace CollabBot.Conversations.CheckIns;

/// <summary>
/// The check-in form: one small win (or nothing to report this time: the field left empty), one rating, optionally a
/// value dimension and an obstacle (its fields: <see cref="CheckInForm"/>). A member with `plain on` is not asked the
/// value dimension (issue 27, item 2).
/// </summary>
public static class CheckInCard
{
    public static readonly IReadOnlyList<(ValueDimension Dimension, string Key, string Title)> Dimensions =
    [
        (ValueDimension.ShortTermSatisfaction, "satisfaction", "Short-term satisfaction"),
        (ValueDimension.LongerTermOutcomes, "outcomes", "Longer-term outcomes"),
        (ValueDimension.LivedExperience, "experience", "Lived experience"),
        (ValueDimension.CapacityBuilt, "capacity", "Capacity built"),
        (ValueDimension.PublicValue, "public", "Public value"),
    ];

    public static Card For(Collaboration collaboration, CheckInOccurrence occurrence, Commitment? commitment, string closesLocal, bool askValue = true)
    {
        var card = Full(collaboration, occurrence, commitment, closesLocal);
        if (commitment is not null)
        {
            // The loop (issue 27, item 3): each cycle asks whether the commitment still holds, right under the rating of it.
            card = card with { Inputs = [.. card.Inputs.Take(2), KeepOrChange, .. card.Inputs.Skip(2)] };
        }

        return askValue ? card : card with { Inputs = card.Inputs.Where(i => i.Id != CheckInForm.Dimension).ToList() };
    }

    private static Card Full(Collaboration collaboration, CheckInOccurrence occurrence, Commitment? commitment, string closesLocal) => new()
    {
        Title = $"Check-in: {collaboration.Name}",
        Body = commitment is null
            ? "What did you achieve or gain since the last check-in? (You have no commitment yet: tell us with `commit <what you want>; <what you will put in>`.)"
            : $"Your commitment: *{commitment.Want}*. What did you achieve or gain towards it since the last check-in?",
        Inputs =
        [
            new CardInput
            {
                Id = CheckInForm.Win, Label = "Your small win (leave it empty if there is nothing to report this time)", Kind = InputKind.MultilineText,
                MaxLength = CheckInAnswer.MaxTextLength, Placeholder = "e.g. the tenants' survey went out",
            },
            new CardInput
            {
                Id = CheckInForm.Rating, Label = "How well did the collaboration serve your commitment?", Kind = InputKind.Choice, Required = true,
                Choices = [new("1", "1 · not at all"), new("2", "2"), new("3", "3 · partly"), new("4", "4"), new("5", "5 · fully")],
            },
            new CardInput { Id = CheckInForm.Dimension, Label = "Where did you see value? (optional)", Kind = InputKind.Choice, Choices = Dimensions.Select(d => new CardChoice(d.Key, d.Title)).ToList() },
            new CardInput { Id = CheckInForm.Obstacle, Label = "Anything in the way? (optional)", Kind = InputKind.Text, MaxLength = CheckInAnswer.MaxTextLength },
        ],
        Actions =
        [
            new CardAction
            {
                Id = CheckInForm.SubmitActionId, Title = "Send", Style = ActionStyle.Primary,
                Data = new Dictionary<string, string> { [CheckInForm.Occurrence] = occurrence.Id.ToString("N", CultureInfo.InvariantCulture) },
            },
        ],
        Note = $"You can change your answer until {closesLocal}. It takes under a minute.",
        OpenUntil = occurrence.ClosesAt,
    };

    private static readonly CardInput KeepOrChange = new()
    {
        Id = CheckInForm.Commitment,
        Label = "Does your commitment still hold for the next cycle? (optional)",
        Kind = InputKind.Choice,
        Choices = [new("keep", "Keep it"), new("change", "Change it")],
    };

    public static ValueDimension? ReadDimension(string? key) =>
        Dimensions.Where(d => d.Key == key?.Trim()).Select(d => (ValueDimension?)d.Dimension).FirstOrDefault();

    public static string Display(ValueDimension dimension) => Dimensions.First(d => d.Dimension == dimension).Title;
}
