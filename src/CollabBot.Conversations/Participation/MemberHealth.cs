using CollabBot.Domain.Members;
using CollabBot.Domain.Participation;

namespace CollabBot.Conversations.Participation;

public sealed record MemberHealth(Member Member, MemberActivity Activity, FadeVerdict Verdict);
