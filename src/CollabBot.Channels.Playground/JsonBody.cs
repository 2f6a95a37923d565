using System.Text.Json;
using CollabBot.Conversations;
using Microsoft.AspNetCore.Http;

namespace CollabBot.Channels.Playground;

/// <summary>Reads a small JSON body, turning every kind of bad input into a 400 problem that names what was wrong.</summary>
internal static class JsonBody
{
    public const int MaxBytes = 64 * 1024;

    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (request.ContentLength > MaxBytes)
        {
            return (null, Problem("body", $"The body is {request.ContentLength} bytes; the most is {MaxBytes}.", StatusCodes.Status413PayloadTooLarge));
        }

        if (!request.HasJsonContentType())
        {
            return (null, Problem("body", "Send the body as application/json.", StatusCodes.Status415UnsupportedMediaType));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
            {
                return (null, Problem("body", $"The body is larger than {MaxBytes} bytes.", StatusCodes.Status413PayloadTooLarge));
            }
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(buffer.ToArray(), CollabJson.Options);
            return value is null ? (null, Problem("body", "The body must be a JSON object.")) : (value, null);
        }
        catch (JsonException ex)
        {
            var field = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "body" : ex.Path.TrimStart('$', '.');
            return (null, Problem(field, $"Malformed JSON at {ex.Path ?? "$"} (line {ex.LineNumber + 1}): expected a value of the right type."));
        }
    }

    public static IResult Problem(string field, string message, int status = StatusCodes.Status400BadRequest) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, statusCode: status,
            title: status == StatusCodes.Status400BadRequest ? "The request is not valid." : "The request was refused.");
}
