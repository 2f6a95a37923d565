using CollabBot.Channels.Teams.Conversations;
using CollabBot.Channels.Teams.Tests.Fakes;
using CollabBot.Conversations.Storage;

namespace CollabBot.Channels.Teams.Tests;

/// <summary>The "no unreachable mark" answer is remembered per host, so a send does not ask the database every time.</summary>
public sealed class UnreachableMemoTests(TeamsFixture fixture) : IClassFixture<TeamsFixture>
{
    [Fact]
    public async Task A_target_this_host_marks_is_unreachable_at_once_though_it_was_just_found_reachable()
    {
        var references = new ConversationReferenceStore(fixture.Host.Service<IChannelStateStore>(), new ConversationReferenceMemo());
        var key = ConversationReferenceStore.MemberKey("tenant-memo", Guid.NewGuid().ToString("N"));
        Assert.Null(await references.UnreachableReasonAsync(key, default));

        await references.MarkUnreachableAsync(key, "403 ConversationBlockedByUser", default);

        Assert.Equal("403 ConversationBlockedByUser", await references.UnreachableReasonAsync(key, default));
    }

    [Fact]
    public async Task Another_hosts_mark_is_not_asked_for_again_while_the_answer_is_fresh()
    {
        var state = fixture.Host.Service<IChannelStateStore>();
        var here = new ConversationReferenceStore(state, new ConversationReferenceMemo());
        var elsewhere = new ConversationReferenceStore(state, new ConversationReferenceMemo());
        var key = ConversationReferenceStore.MemberKey("tenant-memo", Guid.NewGuid().ToString("N"));
        Assert.Null(await here.UnreachableReasonAsync(key, default));

        await elsewhere.MarkUnreachableAsync(key, "403 elsewhere", default);

        // Believed for 30 s; meanwhile a send there meets Teams' own refusal. A fresh memo sees the mark.
        Assert.Null(await here.UnreachableReasonAsync(key, default));
        Assert.Equal("403 elsewhere", await new ConversationReferenceStore(state, new ConversationReferenceMemo()).UnreachableReasonAsync(key, default));
    }
}
