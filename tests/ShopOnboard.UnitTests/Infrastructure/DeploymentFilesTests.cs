using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace ShopOnboard.UnitTests.Infrastructure;

/// <summary>
/// The deployment files cannot be run here (no Docker engine, no cluster), so their shape is checked
/// instead: valid YAML, the expected kinds, probes on the right paths, no secret values, and settings
/// that match what the app reads.
/// </summary>
public partial class DeploymentFilesTests
{
    private static readonly string Infra = Path.Combine(RepositoryRoot(), "infra");

    [Fact]
    public void K8s_AllManifests_ExpectedKinds()
    {
        var kinds = K8sDocuments().Select(d => Scalar(d, "kind")).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(
            ["ConfigMap", "Deployment", "Deployment", "HorizontalPodAutoscaler", "Ingress", "Job", "PodDisruptionBudget", "Service"],
            kinds);
    }

    [Fact]
    public void K8s_NoManifest_HoldsASecretValue()
    {
        Assert.DoesNotContain(K8sDocuments(), d => Scalar(d, "kind") == "Secret");
        var secretRefs = K8sDocuments().SelectMany(Descendants).OfType<YamlMappingNode>()
            .Where(m => m.Children.ContainsKey("secretKeyRef")).ToList();
        Assert.NotEmpty(secretRefs);
    }

    [Theory]
    [InlineData("shoponboard-web", "false")]
    [InlineData("shoponboard-worker", "true")]
    public void K8s_Deployment_ProbesResourcesAndJobRole(string name, string runServer)
    {
        var deployment = K8sDocuments().Single(d => Scalar(d, "kind") == "Deployment" && Scalar(d, "metadata", "name") == name);
        var container = (YamlMappingNode)((YamlSequenceNode)Node(deployment, "spec", "template", "spec", "containers")).Children.Single();

        Assert.Equal("/health/live", Scalar(container, "livenessProbe", "httpGet", "path"));
        Assert.Equal("/health/ready", Scalar(container, "readinessProbe", "httpGet", "path"));
        Assert.NotNull(Scalar(container, "resources", "requests", "memory"));
        Assert.NotNull(Scalar(container, "resources", "limits", "memory"));
        var env = ((YamlSequenceNode)Node(container, "env")).Children.Cast<YamlMappingNode>();
        Assert.Equal(runServer, env.Single(e => Scalar(e, "name") == "Jobs__RunServer").Children[new YamlScalarNode("value")].ToString());
    }

    [Fact]
    public void K8s_MigrationJob_RunsTheMigrateCommand()
    {
        var job = K8sDocuments().Single(d => Scalar(d, "kind") == "Job");
        var container = (YamlMappingNode)((YamlSequenceNode)Node(job, "spec", "template", "spec", "containers")).Children.Single();

        Assert.Equal("migrate", ((YamlSequenceNode)Node(container, "args")).Children.Single().ToString());
    }

    [Fact]
    public void Compose_Services_RolesAndOnlyTheProxyPublic()
    {
        var services = (YamlMappingNode)Node(Load(Path.Combine(Infra, "compose.yaml")).Single(), "services");
        var names = services.Children.Keys.Select(k => k.ToString()).Order(StringComparer.Ordinal).ToList();
        var published = services.Children.Where(s => ((YamlMappingNode)s.Value).Children.ContainsKey("ports")).Select(s => s.Key.ToString());

        Assert.Equal(["migrate", "minio", "minio-init", "proxy", "sqlserver", "web1", "web2", "worker"], names);
        Assert.Equal(["proxy"], published);
        Assert.Equal("false", Scalar(services, "web1", "environment", "Jobs__RunServer"));
        Assert.Equal("true", Scalar(services, "worker", "environment", "Jobs__RunServer"));
        Assert.Contains("web1:8080", File.ReadAllText(Path.Combine(Infra, "proxy", "nginx.conf")), StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_EveryRequiredVariable_InEnvExample()
    {
        var compose = File.ReadAllText(Path.Combine(Infra, "compose.yaml"));
        var example = File.ReadAllLines(Path.Combine(Infra, ".env.example"))
            .Where(l => l.Contains('=', StringComparison.Ordinal) && !l.StartsWith('#'))
            .Select(l => l[..l.IndexOf('=', StringComparison.Ordinal)]).ToHashSet(StringComparer.Ordinal);

        var used = VariablePattern().Matches(compose).Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.NotEmpty(used);
        Assert.All(used, variable => Assert.Contains(variable, example));
    }

    [Fact]
    public void Dockerfile_ReleaseBuild_KeyFromSecretNonRootAndHealthcheck()
    {
        var dockerfile = File.ReadAllText(Path.Combine(Infra, "docker", "Dockerfile"));

        Assert.Contains("--mount=type=secret,id=sixlabors_license_key", dockerfile, StringComparison.Ordinal);
        Assert.Contains("-p:SixLaborsLicenseKey=", dockerfile, StringComparison.Ordinal);
        Assert.Contains("no Six Labors licence key", dockerfile, StringComparison.Ordinal);
        Assert.Contains("USER $APP_UID", dockerfile, StringComparison.Ordinal);
        Assert.Contains("/health/live", dockerfile, StringComparison.Ordinal);
        Assert.DoesNotContain("ARG SIXLABORS", dockerfile, StringComparison.OrdinalIgnoreCase);
    }

    // ${NAME}, ${NAME:-default}, ${NAME:?message}; $$NAME is compose's escape for the container's shell.
    [GeneratedRegex(@"(?<!\$)\$\{([A-Z_][A-Z0-9_]*)", RegexOptions.CultureInvariant)]
    private static partial Regex VariablePattern();

    private static List<YamlMappingNode> K8sDocuments() =>
        Directory.GetFiles(Path.Combine(Infra, "k8s"), "*.yaml")
            .Where(f => Path.GetFileName(f) != "kustomization.yaml")
            .SelectMany(Load)
            .ToList();

    private static IEnumerable<YamlMappingNode> Load(string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(path);
        stream.Load(reader);
        return stream.Documents.Select(d => (YamlMappingNode)d.RootNode);
    }

    private static YamlNode Node(YamlNode node, params string[] path)
    {
        foreach (var key in path)
        {
            node = ((YamlMappingNode)node).Children[new YamlScalarNode(key)];
        }

        return node;
    }

    private static string? Scalar(YamlNode node, params string[] path)
    {
        try
        {
            return (Node(node, path) as YamlScalarNode)?.Value;
        }
        catch (KeyNotFoundException)
        {
            return null;
        }
    }

    private static IEnumerable<YamlNode> Descendants(YamlNode node) => node.AllNodes;

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ShopOnboard.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (ShopOnboard.sln) is not above the test output folder.");
    }
}
