using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace CollabBot.Host;

/// <summary>
/// Turns a start-up failure caused by a setting into one line per setting, naming it and what it allows, so an operator
/// reads the problem instead of a stack trace. Any other failure is not described (it keeps its stack trace).
/// </summary>
internal static partial class SettingsErrors
{
    public static IReadOnlyList<string>? Describe(Exception exception)
    {
        var lines = new List<string>();
        return Collect(exception, lines) && lines.Count > 0 ? lines.Distinct().ToList() : null;
    }

    private static bool Collect(Exception exception, List<string> lines)
    {
        switch (exception)
        {
            case OptionsValidationException invalid:
                lines.AddRange(invalid.Failures.Select(f => Line(invalid.OptionsType, f)));
                return true;
            case AggregateException many:
                return many.InnerExceptions.All(e => Collect(e, lines));
            case TargetInvocationException { InnerException: { } inner }:
                return Collect(inner, lines);
            case InvalidOperationException when Unconvertible().Match(exception.Message) is { Success: true } match:
                lines.Add($"Invalid setting {match.Groups["path"].Value}: \"{match.Groups["value"].Value}\" is not {Friendly(match.Groups["type"].Value)}.");
                return true;
            case { InnerException: { } cause } when exception is InvalidOperationException:
                return Collect(cause, lines);
            default:
                return false;
        }
    }

    private static string Line(Type optionsType, string failure)
    {
        var annotation = DataAnnotation().Match(failure);
        if (!annotation.Success)
        {
            return $"Invalid setting: {failure}";
        }

        var section = optionsType.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as string;
        var member = annotation.Groups["member"].Value;
        var setting = section is null ? member : $"{section}:{member}";
        return $"Invalid setting {setting}: {annotation.Groups["error"].Value.TrimEnd('.')}.";
    }

    private static string Friendly(string type) => type switch
    {
        "System.TimeSpan" => "a duration such as 00:00:30",
        "System.Int32" or "System.Int64" => "a whole number",
        "System.Boolean" => "true or false",
        "System.Double" => "a number",
        _ => $"a {type.Split('.')[^1]}",
    };

    [GeneratedRegex(@"'(?<member>[^']+)' with the error: '(?<error>.+)'\.?$")]
    private static partial Regex DataAnnotation();

    [GeneratedRegex(@"Failed to convert configuration value '(?<value>[^']*)' at '(?<path>[^']+)' to type '(?<type>[^']+)'")]
    private static partial Regex Unconvertible();
}
