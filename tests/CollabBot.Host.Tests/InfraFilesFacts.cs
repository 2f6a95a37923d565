using CollabBot.Testing;
using YamlDotNet.RepresentationModel;

namespace CollabBot.Host.Tests;

/// <summary>The operators' files parse, and say what the deployment needs (no Docker or cluster on this machine).</summary>
public sealed class InfraFilesFacts
{
    private static readonly string Root = Repository.Root;

    public static TheoryData<string> YamlFiles() => new(Directory.EnumerateFiles(Path.Combine(Root, "infra"), "*.yaml", SearchOption.AllDirectories)
        .Concat(Directory.EnumerateFiles(Path.Combine(Root, "manifests"), "*.yaml", SearchOption.AllDirectories))
        .Select(f => Path.GetRelativePath(Root, f)).Order());

    [Theory]
    [MemberData(nameof(YamlFiles))]
    public void Every_yaml_file_parses_to_at_least_one_document(string file)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(Root, file))));

        Assert.NotEmpty(stream.Documents);
        Assert.IsType<YamlMappingNode>(stream.Documents[0].RootNode);
    }

    [Fact]
    public void The_deployment_runs_two_replicas_with_readiness_and_liveness_probes_and_secrets_from_a_secret()
    {
        var text = File.ReadAllText(Path.Combine(Root, "infra", "k8s", "deployment.yaml"));
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        var spec = (YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode)["spec"];

        Assert.True(int.Parse(((YamlScalarNode)spec["replicas"]).Value!, System.Globalization.CultureInfo.InvariantCulture) >= 2);
        Assert.Contains("path: /readyz", text);
        Assert.Contains("path: /healthz", text);
        Assert.Contains("secretRef: { name: collabbot }", text);
    }

    [Fact]
    public void The_image_is_multi_stage_non_root_and_checks_healthz()
    {
        var dockerfile = File.ReadAllText(Path.Combine(Root, "infra", "Dockerfile"));

        Assert.Equal(2, dockerfile.Split('\n').Count(l => l.StartsWith("FROM ", StringComparison.Ordinal)));
        Assert.Contains("USER app", dockerfile);
        Assert.Contains("HEALTHCHECK", dockerfile);
        Assert.Contains("/healthz", dockerfile);
    }

    [Fact]
    public void Compose_runs_two_bot_hosts_on_one_postgres_and_the_cluster_has_a_service_and_a_disruption_budget()
    {
        var compose = Load(Path.Combine(Root, "infra", "compose.yaml")).Single();
        var services = ((YamlMappingNode)compose["services"]).Children.Values.Cast<YamlMappingNode>().ToList();

        // A second host may take the first one's settings with a merge key (<<: *bot).
        Assert.Equal(2, services.Count(s => Setting(s, "build") is YamlMappingNode build && build["dockerfile"].ToString() == "infra/Dockerfile"));
        Assert.Single(services, s => Setting(s, "image")?.ToString().StartsWith("postgres:", StringComparison.Ordinal) == true);

        var kinds = Directory.EnumerateFiles(Path.Combine(Root, "infra", "k8s"), "*.yaml").SelectMany(Load).Select(d => d["kind"].ToString()).ToList();
        Assert.Contains("Deployment", kinds);
        Assert.Contains("Service", kinds);
        Assert.Contains("PodDisruptionBudget", kinds);
    }

    private static IEnumerable<YamlMappingNode> Load(string file)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(file)));
        return stream.Documents.Select(d => (YamlMappingNode)d.RootNode);
    }

    private static YamlNode? Setting(YamlMappingNode service, string key) =>
        service.Children.TryGetValue(key, out var value) ? value
        : service.Children.TryGetValue("<<", out var merged) && merged is YamlMappingNode inherited ? Setting(inherited, key)
        : null;
}
