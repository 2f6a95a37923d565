using System.Net;
using System.Text.Json.Nodes;
using CollabBot.Channels.Teams.Tests.Fakes;
using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Storage;
using CollabBot.Conversations.Turns;
using CollabBot.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Channels.Teams.Tests;

/// <summary>
/// A Single Tenant bot hears only its own tenant: the activity's <c>channelData.tenant.id</c> and
/// <c>conversation.tenantId</c> and, when the token carries one, its <c>tid</c> claim. Anything else is 403 with no effect.
/// </summary>
public sealed class SingleTenantTests(SingleTenantTeamsFixture fixture) : IClassFixture<SingleTenantTeamsFixture>
{
    private const string Stranger = "99999999-8888-7777-6666-555555555555";

    public static TheoryData<string> OtherTenants() =>
        ["channelData names another tenant", "conversation names another tenant", "the token names another tenant", "no tenant at all"];

    [Theory]
    [MemberData(nameof(OtherTenants))]
    public async Task An_activity_that_is_not_from_the_bots_tenant_is_refused_and_has_no_effect(string how)
    {
        var activity = fixture.Activity("message-personal.json", out var conversationId);
        activity["text"] = "help";
        IReadOnlyDictionary<string, object>? claims = null;
        switch (how)
        {
            case "channelData names another tenant":
                activity["channelData"]!["tenant"]!["id"] = Stranger;
                break;
            case "conversation names another tenant":
                activity["conversation"]!["tenantId"] = Stranger;
                break;
            case "the token names another tenant":
                claims = new Dictionary<string, object> { ["tid"] = Stranger };
                break;
            default:
                activity["channelData"] = new JsonObject();
                activity["conversation"]!.AsObject().Remove("tenantId");
                break;
        }

        var token = ChannelTokens.Create(fixture.Key, fixture.AppId, fixture.Fakes.ServiceUrl, DateTimeOffset.UtcNow, extraClaims: claims);
        var refused = await fixture.PostAsync(activity, "Bearer " + token);
        var own = activity.DeepClone().AsObject().From(TeamsFixture.FixtureTenant);
        own["id"] = Guid.NewGuid().ToString("N");
        own["text"] = "status";
        var accepted = await fixture.PostSignedAsync(own);
        var replies = await fixture.Fakes.WaitForAsync(all => all.Any(r => r.ConversationId == conversationId));

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.OK), (refused.StatusCode, accepted.StatusCode));
        // The inbox and the conversation's lane are first in, first out: a reply to the refused "help" would be here first.
        Assert.Contains(replies, r => r.ConversationId == conversationId);
        Assert.DoesNotContain(replies, r => r.ConversationId == conversationId && r.CardJson.Contains("CollabBot help", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_token_naming_the_bots_own_tenant_is_accepted()
    {
        var activity = fixture.Activity("message-personal.json", out var conversationId);
        activity["text"] = "help";
        var token = ChannelTokens.Create(fixture.Key, fixture.AppId, fixture.Fakes.ServiceUrl, DateTimeOffset.UtcNow,
            extraClaims: new Dictionary<string, object> { ["tid"] = TeamsFixture.FixtureTenant });

        var response = await fixture.PostAsync(activity, "Bearer " + token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = await fixture.Fakes.WaitForAsync(all => all.Any(r => r.ConversationId == conversationId));
        Assert.Contains(replies, r => r.ConversationId == conversationId && r.CardJson.Contains("CollabBot help", StringComparison.Ordinal));
    }
}

/// <summary><c>Teams:AllowedTenants</c> narrows a Multi Tenant bot to the tenants listed.</summary>
public sealed class AllowedTenantsTests(AllowedTenantsTeamsFixture fixture) : IClassFixture<AllowedTenantsTeamsFixture>
{
    [Fact]
    public async Task A_listed_tenant_is_served_and_an_unlisted_one_is_refused()
    {
        var listed = fixture.Activity("message-personal.json", out var listedChat).From(AllowedTenantsTeamsFixture.SecondTenant);
        listed["text"] = "help";
        var unlisted = fixture.Activity("message-personal.json", out var unlistedChat).From("77777777-6666-5555-4444-333333333333");
        unlisted["text"] = "help";

        var refused = await fixture.PostSignedAsync(unlisted);
        var served = await fixture.PostSignedAsync(listed);
        var replies = await fixture.Fakes.WaitForAsync(all => all.Any(r => r.ConversationId == listedChat));

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.OK), (refused.StatusCode, served.StatusCode));
        Assert.Contains(replies, r => r.ConversationId == listedChat);
        Assert.DoesNotContain(replies, r => r.ConversationId == unlistedChat);
    }
}

/// <summary>
/// Conversation references are kept per tenant: the same conversation id arriving from another tenant (through its own
/// Bot Connector) neither overwrites the first tenant's reference nor is used for it, so a message the bot sends the first
/// tenant later (a digest, a check-in) still goes through the first tenant's connector.
/// </summary>
public abstract class TenantReferenceTests(TwoConnectorsTeamsFixture fixture)
{
    private const string OtherTenant = "12121212-3434-5656-7878-909090909090";

    [Fact]
    public async Task The_same_conversation_id_from_another_tenant_keeps_to_its_own_reference()
    {
        var first = fixture.Activity("message-channel-mention.json", out var channelId);
        first["text"] = "<at>Chat SDK Demo</at> start Warm Homes";
        var thread = $"{channelId};messageid=1771290107407";
        await fixture.PostSignedAsync(first);
        await fixture.Fakes.WaitForAsync(all => all.Any(r => r.ConversationId == thread));

        var other = fixture.Activity("message-channel-mention.json", out _).From(OtherTenant);
        other["conversation"]!["id"] = thread;
        other["serviceUrl"] = fixture.SecondFakes.ServiceUrl;
        other["text"] = "<at>Chat SDK Demo</at> start Cold Homes";
        var otherToken = ChannelTokens.Create(fixture.Key, fixture.AppId, fixture.SecondFakes.ServiceUrl, DateTimeOffset.UtcNow);
        var otherResponse = await fixture.PostAsync(other, "Bearer " + otherToken);
        await fixture.SecondFakes.WaitForAsync(all => all.Any(r => r.ConversationId == thread));

        // A message of the bot's own making for the first tenant's channel, as a digest or a check-in round writes it.
        await using (var scope = fixture.Host.Services.CreateAsyncScope())
        {
            var unit = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
            await unit.EnqueueAsync(new OutboxEntry
            {
                To = new ConversationAddress(Platform.Teams, TeamsFixture.FixtureTenant, channelId),
                Visibility = Visibility.Channel,
                Message = new OutboundMessage("Weekly digest for Warm Homes"),
                IdempotencyKey = "digest:" + Guid.NewGuid().ToString("N"),
            }, default);
            await unit.CommitAsync(default);
        }

        await fixture.Fakes.WaitForAsync(all => all.Any(r => r.ConversationId == channelId));
        Assert.Equal(HttpStatusCode.OK, otherResponse.StatusCode);
        Assert.Contains("Warm Homes", Assert.Single(fixture.Fakes.ActivitiesTo(thread)).CardJson, StringComparison.Ordinal);
        Assert.Contains("Weekly digest", Assert.Single(fixture.Fakes.ActivitiesTo(channelId)).CardJson, StringComparison.Ordinal);
        Assert.Contains("Cold Homes", Assert.Single(fixture.SecondFakes.ActivitiesTo(thread)).CardJson, StringComparison.Ordinal);
        Assert.Empty(fixture.SecondFakes.ActivitiesTo(channelId));
    }
}

public sealed class SqliteTenantReferenceTests(TwoConnectorsTeamsFixture fixture) : TenantReferenceTests(fixture), IClassFixture<TwoConnectorsTeamsFixture>;

public sealed class PostgresTenantReferenceTests(PostgresTwoConnectorsTeamsFixture fixture) : TenantReferenceTests(fixture), IClassFixture<PostgresTwoConnectorsTeamsFixture>;
