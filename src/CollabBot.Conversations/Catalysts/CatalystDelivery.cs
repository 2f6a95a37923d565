using System.Globalization;
using CollabBot.Conversations.CheckIns;
using CollabBot.Conversations.Commands;
using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Noise;
using CollabBot.Conversations.Participation;
using CollabBot.Domain.Catalysts;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Members;
using Microsoft.Extensions.DependencyInjection;
using CollabBot.Domain.Text;

namespace CollabBot.Conversations.Catalysts;

/// <summary>Sends one intervention where <see cref="CatalystRouting"/> sent it, and logs it.</summary>
public static class CatalystDelivery
{
    public static async Task<bool> SendAsync(SweepContext context, Collaboration collaboration, CatalystTrigger trigger, CatalystRoute route, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var message = CatalystMessages.For(trigger, now);
        var store = context.Services.GetRequiredService<ICatalystStore>();
        if (route == CatalystRoute.Channel)
        {
            var posted = await ChannelPosts.TryPostAsync(context.Services, context.UnitOfWork, collaboration, new OutboxEntry
            {
                To = context.ChannelOf(collaboration),
                Visibility = Visibility.Channel,
                Message = new OutboundMessage(message),
                IdempotencyKey = Key(collaboration, trigger.Rule, now),
            }, $"catalyst:{trigger.Rule}", now, cancellationToken);
            if (posted)
            {
                store.Add(new Intervention(collaboration.Id, trigger.Rule, trigger.Signals, message, now));
            }

            return posted;
        }

        var receivers = route == CatalystRoute.Suggested
            ? collaboration.Members.Where(m => m.Holds(Role.Catalyst)).ToList()
            : Leaders(collaboration);
        if (receivers.Count == 0)
        {
            return false;
        }

        var intervention = new Intervention(collaboration.Id, trigger.Rule, trigger.Signals, message, now, route, receivers[0].Id);
        var delivery = context.Services.GetRequiredService<UnsolicitedDelivery>();
        var channel = context.ChannelOf(collaboration);
        var sent = false;
        foreach (var receiver in receivers)
        {
            var at = await delivery.EarliestAsync(context.UnitOfWork, channel.WorkspaceId, receiver, collaboration.TimeZoneId, now, respectQuietHours: true, cancellationToken);
            var text = route == CatalystRoute.Suggested ? Suggestion(collaboration, intervention) : Private(collaboration, intervention);
            sent |= await context.UnitOfWork.EnqueueAsync(
                FadeMessages.Direct(channel, receiver, text, $"{Key(collaboration, trigger.Rule, now)}:{receiver.Id:N}", at), cancellationToken);
        }

        if (sent)
        {
            store.Add(intervention);
        }

        return sent;
    }

    /// <summary>One intervention of a rule per collaboration and UTC day.</summary>
    public static string Key(Collaboration collaboration, CatalystRule rule, DateTimeOffset now) =>
        $"catalyst:{collaboration.Id:N}:{rule}:{DateOnly.FromDateTime(now.UtcDateTime):yyyyMMdd}";

    /// <summary>The coordinators, or else the conveners.</summary>
    private static List<Member> Leaders(Collaboration collaboration)
    {
        var coordinators = collaboration.Members.Where(m => m.Holds(Role.Coordinator)).ToList();
        return coordinators.Count > 0 ? coordinators : collaboration.Members.Where(m => m.Holds(Role.Convener)).ToList();
    }

    private static OutboundMessage Suggestion(Collaboration collaboration, Intervention intervention)
    {
        var id = intervention.Id.ToString("N", CultureInfo.InvariantCulture);
        return new OutboundMessage($"A suggestion for you as {Words.Possessive(collaboration.Name)} catalyst: {intervention.Message}", new Card
        {
            Title = $"A catalyst suggestion for {collaboration.Name}",
            Body = $"\"{intervention.Message}\"\n\nWhy now: {intervention.Signals}. Post it to the channel as it is, or dismiss it. Only you see this.",
            Actions =
            [
                new CardAction { Id = "catalyst-post", Title = "Post it to the channel", Style = ActionStyle.Primary, Data = new Dictionary<string, string> { [CardActionText.CommandKey] = $"catalyst post {id}" } },
                new CardAction { Id = "catalyst-dismiss", Title = "Dismiss", Data = new Dictionary<string, string> { [CardActionText.CommandKey] = $"catalyst dismiss {id}" } },
            ],
        });
    }

    private static OutboundMessage Private(Collaboration collaboration, Intervention intervention) => new(
        $"Only you see this. Nobody in {Words.Possessive(collaboration.Name)} channel answered the last two prompts I posted there, so I stop posting them and tell you instead. "
        + $"What I would have said: \"{intervention.Message}\" (because {intervention.Signals}). "
        + $"You know the team: raise it your own way, try another format, or mute it with `catalyst mute {CatalystMessages.Name(intervention.Rule)}`.");
}
