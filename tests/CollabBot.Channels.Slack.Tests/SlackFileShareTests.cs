using System.Text;
using CollabBot.Channels.Slack.Tests.Support;
using CollabBot.Conversations.Delivery;
using CollabBot.Conversations.Messages;
using CollabBot.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Channels.Slack.Tests;

/// <summary>A message with a file goes to Slack as an uploaded file; a file erased meanwhile is never sent.</summary>
public sealed class SlackFileShareTests : IAsyncLifetime
{
    private SlackSenderRig _rig = null!;

    public async Task InitializeAsync() => _rig = await SlackSenderRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    private IChannelSender Sender => _rig.Services.GetServices<IChannelSender>().Single(s => s.Platform == Platform.Slack);

    private PendingMessage WithFile(Guid fileId, long length)
    {
        var message = _rig.Message("C00FAKECHAN1", "Your data in Warm Homes", Visibility.Direct, "U00FAKEUSER3");
        var file = new FileAttachment(fileId, "collabbot-my-data.json", "application/json", length, null);
        return message with { Entry = message.Entry with { Message = message.Entry.Message with { File = file } } };
    }

    [Fact]
    public async Task A_file_is_reserved_uploaded_with_its_bytes_and_shared_in_the_direct_message()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"me\":{\"displayName\":\"Zoë\"}}");
        var id = ((InMemoryFileContents)_rig.Services.GetRequiredService<IFileContents>()).Add(new FileContent("collabbot-my-data.json", "application/json", bytes));

        var outcome = await Sender.SendAsync(WithFile(id, bytes.Length), CancellationToken.None);

        var sent = Assert.IsType<DeliveryOutcome.Sent>(outcome);
        var file = _rig.Slack.Files[sent.PlatformMessageId];
        Assert.Equal(bytes, file.Bytes);
        Assert.Equal(("DU00FAKEUSER3", "Your data in Warm Homes"), (file.Channel, file.Comment));
        Assert.Equal(["conversations.open", "files.getUploadURLExternal", "file upload", "files.completeUploadExternal"], _rig.Slack.Calls.Select(c => c.Method));
    }

    [Fact]
    public async Task A_direct_message_channel_that_is_gone_is_forgotten_and_opened_again_as_for_any_message()
    {
        var bytes = Encoding.UTF8.GetBytes("{}");
        var files = (InMemoryFileContents)_rig.Services.GetRequiredService<IFileContents>();
        Assert.IsType<DeliveryOutcome.Sent>(await Sender.SendAsync(WithFile(files.Add(new FileContent("a.json", "application/json", bytes)), bytes.Length), CancellationToken.None));

        _rig.Slack.FailChannel("DU00FAKEUSER3", "channel_not_found");
        var stale = await Sender.SendAsync(WithFile(files.Add(new FileContent("b.json", "application/json", bytes)), bytes.Length), CancellationToken.None);
        _rig.Slack.HealChannel("DU00FAKEUSER3");
        var again = await Sender.SendAsync(WithFile(files.Add(new FileContent("c.json", "application/json", bytes)), bytes.Length), CancellationToken.None);

        Assert.Equal("channel_not_found", Assert.IsType<DeliveryOutcome.Retry>(stale).Reason);
        Assert.IsType<DeliveryOutcome.Sent>(again);
        Assert.Equal(2, _rig.Slack.CallsTo("conversations.open").Count);
    }

    [Fact]
    public async Task A_file_erased_before_delivery_is_undeliverable_without_calling_Slack()
    {
        var outcome = await Sender.SendAsync(WithFile(Guid.NewGuid(), 10), CancellationToken.None);

        Assert.Equal("the file is no longer stored", Assert.IsType<DeliveryOutcome.Undeliverable>(outcome).Reason);
        Assert.Empty(_rig.Slack.Calls);
    }
}
