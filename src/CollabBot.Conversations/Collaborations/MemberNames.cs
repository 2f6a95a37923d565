using CollabBot.Domain.Collaborations;

namespace CollabBot.Conversations.Collaborations;

/// <summary>A member's name by member id, or a neutral word once they left or asked to be forgotten.</summary>
public static class MemberNames
{
    public const string Former = "a former member";

    public static string Of(Collaboration collaboration, Guid? memberId) =>
        memberId is { } id && collaboration.Members.FirstOrDefault(m => m.Id == id) is { } member ? member.DisplayName : Former;
}
