namespace CollabBot.Channels.Playground;

/// <summary>Collects every problem with a request's fields, so one answer names them all.</summary>
internal sealed class RequestFields
{
    private readonly Dictionary<string, string[]> _errors = [];

    public bool Valid => _errors.Count == 0;
    public IDictionary<string, string[]> Errors => _errors;

    public string Required(string name, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            _errors[name] = [$"{name} is required."];
            return "";
        }

        if (value.Length > maxLength)
        {
            _errors[name] = [$"{name} is {value.Length} characters long; the most is {maxLength}."];
        }

        return value.Trim();
    }

    public void Fail(string name, string message) => _errors[name] = [message];
}
