using CollabBot.Conversations.Digests;
using Microsoft.AspNetCore.DataProtection;

namespace CollabBot.Host.Digests;

/// <summary>
/// Serves the bot's own images at links signed with ASP.NET Core Data Protection that expire after
/// <see cref="Lifetime"/>, so Teams and Slack can fetch a chart without any other credential. A digest chart is
/// stored as its series and drawn on the first fetch (every platform fetches the image by its link); the PNG is kept.
/// </summary>
internal sealed class SignedImages(IImageRepository images, IChartRenderer charts, IDataProtectionProvider protection, IConfiguration configuration, TimeProvider clock) : IImageLinks
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);
    private readonly SignedLinks _links = new(protection, configuration, clock, "CollabBot.Images", "images", Lifetime);

    public string LinkTo(Guid imageId) => _links.LinkTo(imageId);

    public async Task<IResult> ServeAsync(string token, CancellationToken cancellationToken)
    {
        if (_links.Read(token) is not { } id || await images.GetAsync(id, cancellationToken) is not { } image)
        {
            return Results.NotFound();
        }

        var png = image.Png;
        if (png is null && image.Chart is { } chart)
        {
            png = charts.WeeklyParticipation(chart);
            await images.SavePngAsync(id, png, cancellationToken);
        }

        return png is null ? Results.NotFound() : Results.File(png, "image/png");
    }

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/images/{token}", (string token, SignedImages images, CancellationToken ct) => images.ServeAsync(token, ct)).ExcludeFromDescription();
}
