using CollabBot.Conversations.Commands;
using CollabBot.Conversations.Messages;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Members;
using CollabBot.Domain.ValueChains;

namespace CollabBot.Conversations.CheckIns;

/// <summary>Small wins are celebrated in the channel when their author agreed; the author is asked once.</summary>
public static class Celebrations
{
    public static void AfterWin(CommandContext context, Collaboration collaboration, Member member, SmallWin win)
    {
        switch (member.CelebrateWins)
        {
            case true:
                Celebrate(context, collaboration, member, win);
                break;
            case null:
                context.Send(new OutboxEntry
                {
                    To = context.Turn.Where,
                    Visibility = Visibility.OnlyUser,
                    RecipientUserId = member.PlatformUserId,
                    Message = new OutboundMessage("May I celebrate your small wins in the team channel? I will remember your answer.", new Card
                    {
                        Title = "Celebrate your wins?",
                        Body = "Seeing each other's small wins keeps a team going. You can change this later with `celebrate yes` or `celebrate no`.",
                        Actions =
                        [
                            new CardAction { Id = "celebrate-yes", Title = "Yes, celebrate", Style = ActionStyle.Primary, Data = new Dictionary<string, string> { [CardActionText.CommandKey] = "celebrate yes" } },
                            new CardAction { Id = "celebrate-no", Title = "No, keep them private", Data = new Dictionary<string, string> { [CardActionText.CommandKey] = "celebrate no" } },
                        ],
                    }),
                    IdempotencyKey = $"celebrate-ask:{member.Id:N}",
                });
                break;
        }
    }

    public static void Celebrate(CommandContext context, Collaboration collaboration, Member member, SmallWin win) =>
        context.Send(new OutboxEntry
        {
            To = context.Turn.Where with { ConversationId = collaboration.ChannelId, ThreadId = null },
            Visibility = Visibility.Channel,
            Message = new OutboundMessage($"🎉 A small win from {member.DisplayName}: {win.Text}"),
            IdempotencyKey = $"celebrate:{win.Id:N}",
        });
}
