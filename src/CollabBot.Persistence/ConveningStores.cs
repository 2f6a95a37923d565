using CollabBot.Conversations.Actions;
using CollabBot.Conversations.Decisions;
using CollabBot.Conversations.Glossary;
using CollabBot.Conversations.Ideas;
using CollabBot.Conversations.Obstacles;
using CollabBot.Conversations.Privacy;
using CollabBot.Conversations.ProcessMap;
using CollabBot.Conversations.Puzzles;
using CollabBot.Conversations.Retention;
using CollabBot.Conversations.Storage;
using CollabBot.Conversations.Messages;
using CollabBot.Persistence.Actions;
using CollabBot.Persistence.Decisions;
using CollabBot.Persistence.Files;
using CollabBot.Persistence.Glossary;
using CollabBot.Persistence.Ideas;
using CollabBot.Persistence.Obstacles;
using CollabBot.Persistence.Outbox;
using CollabBot.Persistence.Privacy;
using CollabBot.Persistence.ProcessMap;
using CollabBot.Persistence.Puzzles;
using CollabBot.Persistence.Retention;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Persistence;

/// <summary>The stores of the convening and facilitation tools (issues 8 and 28), scoped to the turn's unit of work.</summary>
internal static class ConveningStores
{
    public static IServiceCollection AddConveningStores(this IServiceCollection services)
    {
        services.AddScoped<IOutboxLookup, EfOutboxLookup>();
        services.AddScoped<IDecisionStore, EfDecisionStore>();
        services.AddScoped<IGlossaryStore, EfGlossaryStore>();
        services.AddScoped<IProcessMapStore, EfProcessMapStore>();
        services.AddScoped<IConcernStore, EfConcernStore>();
        services.AddScoped<IPuzzleStore, EfPuzzleStore>();
        services.AddScoped<IIdeaStore, EfIdeaStore>();
        services.AddScoped<IActionStore, EfActionStore>();
        services.AddScoped<CollabBot.Conversations.Phases.IPhaseEvidenceStore, Phases.EfPhaseEvidenceStore>();
        services.AddScoped<CollabBot.Conversations.Retrospectives.IRetrospectiveStore, Retrospectives.EfRetrospectiveStore>();
        services.AddScoped<CollabBot.Conversations.Network.INetworkStore, Network.EfNetworkStore>();
        services.AddScoped<IPersonalDataEraser, EfPersonalDataEraser>();
        services.AddScoped<IMemberHistory, EfMemberHistory>();
        services.AddScoped<ISignalRetention, EfSignalRetention>();
        services.AddSingleton<IDeliveryHistory, EfDeliveryHistory>();
        services.AddSingleton<CollabBot.Conversations.Backlog.IBacklogProbe, Backlog.EfBacklogProbe>();
        services.AddScoped<IFileStore, EfFileStore>();
        services.AddSingleton<IFileContents, EfFileContents>();
        return services;
    }
}
