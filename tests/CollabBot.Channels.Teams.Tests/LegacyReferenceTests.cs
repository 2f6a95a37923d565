using System.Text.Json;
using CollabBot.Channels.Teams.Conversations;
using CollabBot.Channels.Teams.Schema;
using CollabBot.Channels.Teams.Tests.Fakes;
using CollabBot.Conversations.Storage;
using CollabBot.Domain;

namespace CollabBot.Channels.Teams.Tests;

/// <summary>References stored before they were kept per tenant are read only for the tenant they name.</summary>
public abstract class LegacyReferenceTests(TeamsFixture fixture)
{
    [Fact]
    public async Task A_reference_stored_under_the_old_key_serves_its_own_tenant_only_and_moves_to_the_tenant_key()
    {
        var state = fixture.Host.Service<IChannelStateStore>();
        var conversationId = $"19:{Guid.NewGuid():N}@thread.tacv2";
        var reference = new ConversationReference
        {
            ServiceUrl = fixture.Fakes.ServiceUrl,
            ChannelId = "msteams",
            Bot = new ChannelAccount { Id = fixture.BotId },
            Conversation = new ConversationAccount { Id = conversationId, TenantId = TeamsFixture.FixtureTenant },
            TenantId = TeamsFixture.FixtureTenant,
        };
        await state.SetAsync(Platform.Teams, $"conversation:{conversationId}", JsonSerializer.Serialize(reference, TeamsJsonContext.Default.ConversationReference), default);

        var forAnother = await fixture.References.GetConversationAsync("12121212-3434-5656-7878-909090909090", conversationId, default);
        var forItsOwn = await fixture.References.GetConversationAsync(TeamsFixture.FixtureTenant, conversationId, default);

        Assert.Null(forAnother);
        Assert.Equal(fixture.Fakes.ServiceUrl, forItsOwn?.ServiceUrl);
        Assert.NotNull(await state.GetAsync(Platform.Teams, ConversationReferenceStore.ConversationKey(TeamsFixture.FixtureTenant, conversationId), default));
    }
}

public sealed class SqliteLegacyReferenceTests(TeamsFixture fixture) : LegacyReferenceTests(fixture), IClassFixture<TeamsFixture>;

public sealed class PostgresLegacyReferenceTests(PostgresTeamsFixture fixture) : LegacyReferenceTests(fixture), IClassFixture<PostgresTeamsFixture>;
