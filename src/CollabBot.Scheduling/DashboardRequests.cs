using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CollabBot.Scheduling;

/// <summary>
/// Answers requests the Hangfire dashboard cannot read with a 4xx problem instead of letting them reach it: it parses a
/// job id in the path as the storage's number and reads /stats and every command from a form, and throws otherwise.
/// </summary>
internal static class DashboardRequests
{
    private const string JobDetails = "/jobs/details/";

    /// <summary>Wraps the dashboard endpoint so that malformed requests stop here.</summary>
    public static TBuilder RefuseMalformedRequests<TBuilder>(this TBuilder endpoint, string prefix)
        where TBuilder : IEndpointConventionBuilder
    {
        endpoint.Add(builder =>
        {
            var dashboard = builder.RequestDelegate!;
            builder.RequestDelegate = http => Problem(http, prefix) is { } problem ? problem.ExecuteAsync(http) : dashboard(http);
        });
        return endpoint;
    }

    private static IResult? Problem(HttpContext http, string prefix)
    {
        var request = http.Request;
        var path = request.Path.StartsWithSegments(prefix, out var rest) ? rest.Value ?? "" : "";
        if (path.StartsWith(JobDetails, StringComparison.Ordinal) && !IsJobId(path[JobDetails.Length..]))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "A job id is a number (or a GUID in in-memory storage).");
        }

        if (path == "/stats" && !HttpMethods.IsPost(request.Method))
        {
            return Results.Problem(statusCode: StatusCodes.Status405MethodNotAllowed, title: "The dashboard's /stats is read with POST.");
        }

        if (HttpMethods.IsPost(request.Method) && !request.HasFormContentType)
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "The dashboard reads a POST as a form (Content-Type: application/x-www-form-urlencoded).");
        }

        return null;
    }

    private static bool IsJobId(string id) =>
        long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _) || Guid.TryParse(id, out _);
}
