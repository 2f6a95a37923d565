using CollabBot.Conversations.Commands;
using CollabBot.Conversations.Messages;
using CollabBot.Domain.Members;
using CollabBot.Domain.Text;

namespace CollabBot.Conversations.Collaborations;

public sealed class JoinCommand : IBotCommand
{
    public string Name => "join";
    public string Usage => "join [as <sector>]";
    public string Summary => $"Take part, speaking for a sector ({string.Join(", ", SectorNames.Canonical)}).";

    public Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        var sectorWord = arguments.StartsWith("as ", StringComparison.OrdinalIgnoreCase) ? arguments[3..].Trim() : arguments;
        Sector? sector = null;
        if (sectorWord.Length > 0)
        {
            if (!SectorNames.TryParse(sectorWord, out var parsed))
            {
                context.Refuse($"I don't know the sector \"{Excerpt.Of(sectorWord)}\". Choose one of: {string.Join(", ", SectorNames.Canonical)} — e.g. `join as citizen`.");
                return Task.CompletedTask;
            }

            sector = parsed;
        }

        var wasMember = context.Caller is not null;
        var member = collaboration.Join(context.Turn.Who.UserId, context.Turn.Who.DisplayName, context.Now);
        if (sector is { } chosen)
        {
            member.SetSector(chosen);
        }

        if (!wasMember || sector is not null)
        {
            var speaksFor = member.Sector is { } s ? $" ({SectorNames.Display(s)})" : "";
            context.ReplyToCaller(wasMember
                ? $"{member.DisplayName} now speaks for {SectorNames.Display(member.Sector!.Value)}."
                : $"Welcome, {member.DisplayName}{speaksFor}! {Words.Count(collaboration.Members.Count, "member")} so far.");
        }

        if (member.Sector is null)
        {
            context.ReplyToCaller("Which sector do you speak for?", SectorCard());
        }
        else if (wasMember && sector is null)
        {
            context.ReplyToCaller($"You already take part in {collaboration.Name}, for {SectorNames.Display(member.Sector.Value)}. `join as <sector>` changes your sector.");
        }

        if (!wasMember)
        {
            context.ReplyToCaller("What do you want from the next cycle, and what will you put in? Tell me with `commit <what you want>; <what you will put in>`, e.g. `commit contacts in housing; our tenant survey`.");
        }

        return Task.CompletedTask;
    }

    private static Card SectorCard() => new()
    {
        Title = "Your sector",
        Body = "Teams innovate best with every sector's voice. Which one do you bring?",
        Inputs =
        [
            new CardInput
            {
                Id = "sector",
                Label = "Sector",
                Kind = InputKind.Choice,
                Required = true,
                Choices = Enum.GetValues<Sector>().Select((s, i) => new CardChoice(SectorNames.Canonical[i], SectorNames.Display(s))).ToList(),
            },
        ],
        Actions = [new CardAction { Id = "join", Title = "Join", Style = ActionStyle.Primary, Data = new Dictionary<string, string> { [CardActionText.CommandKey] = "join as {sector}" } }],
    };
}
