using CollabBot.Domain.Collaborations;

namespace CollabBot.Domain.Tests;

public sealed class DomainDependencyFacts
{
    [Fact]
    public void The_domain_references_no_framework_storage_scheduler_or_http_assembly()
    {
        var references = typeof(Collaboration).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        var forbidden = references.Where(name =>
            name.StartsWith("Microsoft.", StringComparison.Ordinal)
            || name.StartsWith("Hangfire", StringComparison.Ordinal)
            || name.StartsWith("Npgsql", StringComparison.Ordinal)
            || name == "System.Net.Http").ToList();

        Assert.NotEmpty(references);
        Assert.Empty(forbidden);
    }
}
