namespace CollabBot.Channels.Slack.Interactivity;

public sealed record InteractionTeam(string Id, string? Domain);

public sealed record InteractionUser(string Id, string? Username, string? Name, string? TeamId);

public sealed record InteractionEnterprise(string Id);

public sealed record InteractionChannel(string Id, string? Name);

/// <summary>Where a block action happened: a message (<c>channel_id</c>, <c>message_ts</c>) or a view.</summary>
public sealed record InteractionContainer(string Type, string? MessageTs, string? ChannelId, string? ViewId, string? ThreadTs, bool IsEphemeral);

public sealed record SelectedOption(string Value);

/// <summary>One input's value: text inputs carry <c>value</c>, selects carry <c>selected_option</c>.</summary>
public sealed record InputState(string Type, string? Value, SelectedOption? SelectedOption)
{
    public string? Current => Value ?? SelectedOption?.Value;
}

/// <summary><c>state.values[block_id][action_id]</c>.</summary>
public sealed record InteractionState(IReadOnlyDictionary<string, IReadOnlyDictionary<string, InputState>>? Values);
