using CollabBot.Conversations.Collaborations;
using CollabBot.Conversations.Commands;
using CollabBot.Conversations.Messages;
using CollabBot.Domain.Obstacles;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.Obstacles;

/// <summary>`obstacles` and `risks`: the open ones, oldest first.</summary>
internal static class ConcernList
{
    public static async Task ShowAsync(CommandContext context, ConcernKind kind, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        var open = (await context.Services.GetRequiredService<IConcernStore>().ListAsync(collaboration.Id, cancellationToken))
            .Where(c => c.Kind == kind && c.IsOpen).OrderBy(c => c.Number).ToList();
        var plural = kind == ConcernKind.Obstacle ? "obstacles" : "risks";
        if (open.Count == 0)
        {
            context.ReplyToCaller($"No open {plural}.");
            return;
        }

        var zone = TimeZones.TryResolve(collaboration.TimeZoneId, out var z) ? z : TimeZoneInfo.Utc;
        context.ReplyToCaller($"{open.Count} open {plural}.", new Card
        {
            Title = $"Open {plural}",
            Facts = open.Select(c => new CardFact(
                $"{c.Number}. {c.Text}",
                $"raised {DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(c.RaisedAt, zone).DateTime):yyyy-MM-dd}"
                + (kind == ConcernKind.Risk ? $" · owner: {(c.OwnerId is null ? "nobody yet" : MemberNames.Of(collaboration, c.OwnerId))}" : "")
                + (kind == ConcernKind.Obstacle && c.OwnerId is not null ? $" · for {MemberNames.Of(collaboration, c.OwnerId)}" : "")
                + (c.SentToSponsorAt is not null ? (kind == ConcernKind.Obstacle && c.OwnerId is not null ? " · told" : " · sponsors told") : ""))).ToList(),
            Note = $"Close one with `done {kind.ToString().ToLowerInvariant()} <number>`.",
        });
    }
}
