using CollabBot.Conversations.Commands;
using CollabBot.Conversations.Messages;
using CollabBot.Domain.Members;
using CollabBot.Domain.ValueChains;

namespace CollabBot.Conversations.CheckIns;

/// <summary>
/// Small wins are celebrated in the channel when their author agreed, together in the next round-up
/// (<see cref="WinsRoundup"/>); the author is asked once.
/// </summary>
public static class Celebrations
{
    public static void AfterWin(CommandContext context, Member member, SmallWin win)
    {
        switch (member.CelebrateWins)
        {
            case true:
                win.MarkToCelebrate();
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
                        Body = "Seeing each other's small wins keeps a team going. I gather them into one post after each check-in. You can change this later with `celebrate yes` or `celebrate no`.",
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
}
