using System.Collections;

namespace CollabBot.Host.Logging;

/// <summary>A log state or scope with its message and values redacted; formatters read it like the original.</summary>
internal sealed class RedactedState(string message, IReadOnlyList<KeyValuePair<string, object?>> values) : IReadOnlyList<KeyValuePair<string, object?>>
{
    public string Message { get; } = message;

    public int Count => values.Count;

    public KeyValuePair<string, object?> this[int index] => values[index];

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => Message;

    /// <summary>
    /// The state redacted, or null when nothing in it needed redacting (the caller then passes the original on, so
    /// structured values keep their types).
    /// </summary>
    public static RedactedState? Of(string message, object? state)
    {
        var redactedMessage = LogRedaction.Redact(message);
        var changed = !ReferenceEquals(redactedMessage, message) && redactedMessage != message;
        var redactedValues = new List<KeyValuePair<string, object?>>();
        if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
        {
            foreach (var (key, value) in pairs)
            {
                var text = value switch
                {
                    null => null,
                    string s => s,
                    IFormattable or IConvertible => null,
                    _ => value.ToString(),
                };
                var redacted = text is null ? null : LogRedaction.Redact(text);
                changed |= redacted is not null && redacted != text;
                redactedValues.Add(new(key, redacted is not null && redacted != text ? redacted : value));
            }
        }

        return changed ? new RedactedState(redactedMessage, redactedValues) : null;
    }
}
