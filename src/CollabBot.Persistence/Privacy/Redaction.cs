using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CollabBot.Persistence.Privacy;

/// <summary>Replaces a person's id and name, as whole words, in every string of a stored JSON document.</summary>
internal sealed class Redaction
{
    public const string Replacement = "a former member";

    private readonly Regex _pattern;

    public Redaction(params string[] words)
    {
        var alternatives = words.Where(w => w.Length > 0).Distinct().OrderByDescending(w => w.Length).Select(Regex.Escape);
        _pattern = new Regex($@"(?<![\p{{L}}\p{{N}}_]){string.Join('|', alternatives)}(?![\p{{L}}\p{{N}}_])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>The forms in which a word may be stored inside JSON text (System.Text.Json escapes non-ASCII letters).</summary>
    public static IEnumerable<string> StoredForms(string word, JsonSerializerOptions options) =>
        new[] { word, JsonSerializer.Serialize(word, options)[1..^1] }.Distinct();

    /// <summary>The document with every match replaced, or null when nothing matched.</summary>
    public string? Apply(string json, JsonSerializerOptions options)
    {
        var root = JsonNode.Parse(json);
        if (root is null || !Walk(root))
        {
            return null;
        }

        return root.ToJsonString(options);
    }

    private bool Walk(JsonNode node)
    {
        var changed = false;
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj.ToList())
                {
                    if (child is JsonValue value && value.TryGetValue<string>(out var text))
                    {
                        var redacted = _pattern.Replace(text, Replacement);
                        if (redacted != text)
                        {
                            obj[key] = redacted;
                            changed = true;
                        }
                    }
                    else if (child is not null)
                    {
                        changed |= Walk(child);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue value && value.TryGetValue<string>(out var text))
                    {
                        var redacted = _pattern.Replace(text, Replacement);
                        if (redacted != text)
                        {
                            array[i] = redacted;
                            changed = true;
                        }
                    }
                    else if (array[i] is { } child)
                    {
                        changed |= Walk(child);
                    }
                }

                break;
        }

        return changed;
    }
}
