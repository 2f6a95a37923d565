namespace CollabBot.Conversations.Messages;

/// <summary>
/// Checks a submitted form against its inputs before it becomes a turn, so a channel that can answer in place (a
/// Slack modal) shows the problem beside the field: a required answer that is blank (spaces only), a text over its
/// maximum length, a choice that is not one of the options.
/// </summary>
public static class CardInputCheck
{
    /// <summary>Problems by input id; empty when the form is fine.</summary>
    public static IReadOnlyDictionary<string, string> Errors(IEnumerable<CardInput> inputs, IReadOnlyDictionary<string, string> values)
    {
        var errors = new Dictionary<string, string>();
        foreach (var input in inputs)
        {
            var value = values.GetValueOrDefault(input.Id);
            if (string.IsNullOrWhiteSpace(value))
            {
                if (input.Required)
                {
                    errors[input.Id] = $"Please fill in \"{input.Label}\": spaces alone are not an answer.";
                }
            }
            else if (input.Kind == InputKind.Choice && input.Choices.Count > 0 && input.Choices.All(c => c.Value != value))
            {
                errors[input.Id] = "Please pick one of the options.";
            }
            else if (input.Kind != InputKind.Choice && value.Length > input.MaxLength)
            {
                errors[input.Id] = $"Please keep this under {input.MaxLength} characters (it has {value.Length}).";
            }
        }

        return errors;
    }
}
