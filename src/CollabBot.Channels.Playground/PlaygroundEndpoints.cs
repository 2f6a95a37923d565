using System.Xml;
using CollabBot.Conversations;
using CollabBot.Conversations.Delivery;
using CollabBot.Conversations.Storage;
using CollabBot.Conversations.Turns;
using CollabBot.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace CollabBot.Channels.Playground;

public static class PlaygroundEndpoints
{
    public const int MaxTextLength = 4000;
    private const int MaxIdLength = 100;

    public static IEndpointRouteBuilder MapPlayground(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/playground", () => Results.Content(PlaygroundPage.Html, "text/html; charset=utf-8")).ExcludeFromDescription();
        var api = endpoints.MapGroup("/api/playground");
        api.MapPost("/messages", PostMessageAsync);
        api.MapPost("/actions", PostActionAsync);
        api.MapGet("/outbox", GetOutboxAsync);
        api.MapGet("/clock", (PlaygroundClock clock, PlaygroundClockAdvancer advancer) => Results.Ok(ClockStatus(clock, advancer.Progress)));
        api.MapPost("/clock", AdvanceClockAsync);
        return endpoints;
    }

    private static async Task<IResult> PostMessageAsync(HttpRequest request, ConversationEngine engine, PlaygroundDelivery delivery, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<PlaygroundMessageRequest>(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var fields = new RequestFields();
        var conversationId = fields.Required("conversationId", body!.ConversationId, MaxIdLength);
        var who = Who(fields, body.UserId, body.UserName);
        var text = fields.Required("text", body.Text, MaxTextLength);
        if (!fields.Valid)
        {
            return Results.ValidationProblem(fields.Errors);
        }

        var turn = new InboundTurn
        {
            Where = Address(conversationId),
            Who = who,
            Kind = body.MentionsBot == false ? TurnKind.Participation : TurnKind.Command,
            Text = text,
            DedupKey = $"pg-message:{Guid.NewGuid():N}",
        };
        var (replies, refused) = await delivery.HandleAsync(engine, turn, cancellationToken);
        return Results.Ok(new { replies, accepted = !refused });
    }

    private static async Task<IResult> PostActionAsync(HttpRequest request, ConversationEngine engine, PlaygroundDelivery delivery, IOutboxStore outbox, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<PlaygroundActionRequest>(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var fields = new RequestFields();
        var conversationId = fields.Required("conversationId", body!.ConversationId, MaxIdLength);
        var who = Who(fields, body.UserId, body.UserName);
        var actionId = fields.Required("actionId", body.ActionId, MaxIdLength);
        if (body.MessageId is null)
        {
            fields.Fail("messageId", "messageId is required.");
        }

        if (body.Values is { } inputs && inputs.Values.Any(v => v is null || v.Length > MaxTextLength))
        {
            fields.Fail("values", $"Every value is a string of at most {MaxTextLength} characters.");
        }

        if (!fields.Valid)
        {
            return Results.ValidationProblem(fields.Errors);
        }

        var original = (await outbox.GetAsync([body.MessageId!.Value], cancellationToken)).SingleOrDefault();
        if (original is null || original.Entry.To.Platform != Platform.Playground || original.Entry.To.ConversationId != conversationId)
        {
            return JsonBody.Problem("messageId", $"There is no message {body.MessageId} in conversation {conversationId}.");
        }

        var card = original.Entry.Message.Card;
        var action = card?.Actions.FirstOrDefault(a => a.Id == actionId);
        if (card is null || action is null)
        {
            return JsonBody.Problem("actionId", $"Message {body.MessageId} has no action '{actionId}'.");
        }

        // The action's own data comes from the card we sent; only the card's inputs come from the caller.
        var values = new Dictionary<string, string>(action.Data);
        foreach (var input in card.Inputs)
        {
            if (body.Values?.TryGetValue(input.Id, out var value) == true)
            {
                values[input.Id] = value;
            }
        }

        var turn = new InboundTurn
        {
            Where = Address(conversationId),
            Who = who,
            Kind = TurnKind.CardAction,
            ActionId = actionId,
            Values = values,
            ReplyToMessageId = body.MessageId.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            DedupKey = $"pg-action:{Guid.NewGuid():N}",
        };
        var (replies, refused) = await delivery.HandleAsync(engine, turn, cancellationToken);
        return Results.Ok(new { replies, accepted = !refused });
    }

    private static async Task<IResult> GetOutboxAsync(HttpRequest request, IOutboxStore outbox, CancellationToken cancellationToken)
    {
        var after = 0L;
        var given = request.Query.TryGetValue("after", out var raw) && raw.Count > 0 && raw[0] is { Length: > 0 };
        if (given && (!long.TryParse(raw[0], out after) || after < 0))
        {
            return JsonBody.Problem("after", "after is the cursor from the previous answer: a whole number, 0 or more.");
        }

        var messages = await outbox.ListDeliveredAsync(Platform.Playground, after, 500, cancellationToken);
        var delivered = messages.Select(PlaygroundMessage.From).ToList();
        return Results.Ok(new { messages = delivered, cursor = messages.Count > 0 ? messages[^1].DeliveredSeq : after });
    }

    private static async Task<IResult> AdvanceClockAsync(
        HttpRequest request, PlaygroundClock clock, PlaygroundClockAdvancer advancer, IHostApplicationLifetime lifetime, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<PlaygroundClockRequest>(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        TimeSpan by;
        try
        {
            by = XmlConvert.ToTimeSpan(body!.Advance ?? "");
        }
        catch (FormatException)
        {
            return JsonBody.Problem("advance", "advance is an ISO 8601 duration such as \"P7D\", \"PT3H\" or \"P1DT12H\".");
        }

        if (by <= TimeSpan.Zero || by > PlaygroundClockAdvancer.MaxAdvance)
        {
            return JsonBody.Problem("advance", $"advance must be positive and at most {PlaygroundClockAdvancer.MaxAdvance.TotalDays} days.");
        }

        if (advancer.TryStart(by, lifetime.ApplicationStopping) is not { } moving)
        {
            var under = advancer.Progress;
            return JsonBody.Problem("advance",
                $"The clock is already moving{(under is null ? "" : $" to {under.To:yyyy-MM-dd HH:mm} UTC ({under.Done:P0} done)")}; "
                + "send the next move when it is done (GET /api/playground/clock shows how far it has come).",
                StatusCodes.Status409Conflict);
        }

        // A long move runs in the background (the page shows its progress); a short one is answered when it is done.
        if (by > PlaygroundClockAdvancer.MaxWaitedAdvance || body.Wait == false)
        {
            return Results.Accepted("/api/playground/clock", ClockStatus(clock, advancer.Progress));
        }

        var done = await moving.WaitAsync(cancellationToken);
        return Results.Ok(new { now = done.Now, jobRuns = done.JobRuns });
    }

    private static object ClockStatus(PlaygroundClock clock, AdvanceProgress? moving) => new
    {
        now = clock.GetUtcNow(),
        advancing = moving is null ? null : new { from = moving.From, to = moving.To, at = moving.At, done = Math.Round(moving.Done, 3), jobRuns = moving.JobRuns },
    };

    private static MemberRef Who(RequestFields fields, string? userId, string? userName)
    {
        var id = fields.Required("userId", userId, MaxIdLength);
        var name = string.IsNullOrWhiteSpace(userName) ? id : fields.Required("userName", userName, MaxIdLength);
        return new MemberRef(id, name);
    }

    private static ConversationAddress Address(string conversationId) =>
        new(Platform.Playground, PlaygroundOptions.WorkspaceId, conversationId);
}
