using System.Text.RegularExpressions;
using CollabBot.Testing;

namespace CollabBot.Host.Tests;

/// <summary>The README stays a front door, and every relative link in the repository's Markdown leads somewhere.</summary>
public sealed partial class DocumentationFacts
{
    private static readonly string[] SkippedFolders = ["bin", "obj", "node_modules", "TestResults", ".artifacts", ".git"];

    public static TheoryData<string> MarkdownFiles() => new(Directory.EnumerateFiles(Repository.Root, "*.md", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(Repository.Root, f))
        .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(SkippedFolders.Contains))
        .Order(StringComparer.Ordinal));

    [Fact]
    public void The_README_is_at_most_200_lines()
    {
        var lines = File.ReadAllLines(Repository.PathTo("README.md")).Length;

        Assert.InRange(lines, 20, 200);
    }

    [Theory]
    [MemberData(nameof(MarkdownFiles))]
    public void Every_relative_link_resolves_to_a_file_and_heading_that_exist(string file)
    {
        var broken = BrokenLinks(file).ToList();

        Assert.True(broken.Count == 0, $"{file} links to what does not exist: {string.Join(", ", broken)}");
    }

    [Fact]
    public void A_link_to_a_missing_file_or_heading_is_reported()
    {
        var folder = Directory.CreateTempSubdirectory("collabbot-docs-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "a.md"), "# Title\n\n## Run `it`\n\n[ok](a.md#run-it) [gone](b.md) [bad](a.md#nowhere) `[code](c.md)`\n");

            Assert.Equal(["b.md", "a.md#nowhere"], BrokenLinks(Path.Combine(folder.FullName, "a.md")));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static IEnumerable<string> BrokenLinks(string file)
    {
        var path = Path.Combine(Repository.Root, file);
        var text = WithoutCode(File.ReadAllText(path));
        foreach (var target in Link().Matches(text).Select(m => m.Groups["target"].Value))
        {
            if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal))
            {
                continue;
            }

            var hash = target.IndexOf('#', StringComparison.Ordinal);
            var relative = Uri.UnescapeDataString(hash < 0 ? target : target[..hash]);
            var anchor = hash < 0 ? null : target[(hash + 1)..];
            var resolved = relative.Length == 0 ? path : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, relative));
            if (!File.Exists(resolved) && !Directory.Exists(resolved))
            {
                yield return target;
            }
            else if (anchor is { Length: > 0 } && resolved.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !Anchors(resolved).Contains(anchor))
            {
                yield return target;
            }
        }
    }

    /// <summary>GitHub's heading anchors: lower case, punctuation (backticks too) dropped, spaces to hyphens, repeats numbered.</summary>
    private static HashSet<string> Anchors(string markdownFile)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var heading in Heading().Matches(Fence().Replace(File.ReadAllText(markdownFile), "")).Select(m => m.Groups["text"].Value))
        {
            var slug = NotInSlug().Replace(heading.Trim().ToLowerInvariant(), "").Replace(' ', '-');
            var unique = slug;
            for (var n = 1; !anchors.Add(unique); n++)
            {
                unique = $"{slug}-{n}";
            }
        }

        return anchors;
    }

    private static string WithoutCode(string markdown) => InlineCode().Replace(Fence().Replace(markdown, ""), "");

    [GeneratedRegex(@"!?\[[^\]]*\]\((?<target>[^)\s]+)(\s+""[^""]*"")?\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"^#{1,6}\s+(?<text>.+?)\s*#*$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"[^\p{L}\p{Nd}\- _]")]
    private static partial Regex NotInSlug();

    [GeneratedRegex(@"^[ \t]*```.*?^[ \t]*```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Fence();

    [GeneratedRegex(@"`[^`\n]+`")]
    private static partial Regex InlineCode();
}
