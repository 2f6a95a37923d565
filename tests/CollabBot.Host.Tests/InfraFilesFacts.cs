using YamlDotNet.RepresentationModel;

namespace CollabBot.Host.Tests;

/// <summary>The operators' files parse, and say what the deployment needs (no Docker or cluster on this machine).</summary>
public sealed class InfraFilesFacts
{
    private static readonly string Root = FindRoot();

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

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CollabBot.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("CollabBot.sln not found above the test folder.");
    }
}
