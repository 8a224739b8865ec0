using System.Text.Json;
using System.Text.RegularExpressions;

namespace AksReady.Sdk.Tests.Infrastructure;

/// <summary>Static checks of a generated Dockerfile against its build context (there is no Docker engine here).</summary>
internal static class DockerfileChecks
{
    internal sealed record Stage(string Image, string? Name, List<Instruction> Instructions);

    internal sealed record Instruction(string Keyword, string Arguments);

    /// <summary>Parses FROM stages and their instructions (comments and line continuations handled).</summary>
    public static List<Stage> Parse(string dockerfile)
    {
        var stages = new List<Stage>();
        var logical = Regex.Replace(dockerfile, @"\\\r?\n", " ");
        foreach (var raw in logical.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var space = line.IndexOf(' ');
            var keyword = (space < 0 ? line : line[..space]).ToUpperInvariant();
            var args = space < 0 ? string.Empty : line[(space + 1)..].Trim();
            if (keyword == "FROM")
            {
                var m = Regex.Match(args, @"^(?:--platform=\S+\s+)?(?<image>\S+)(?:\s+AS\s+(?<name>\S+))?$", RegexOptions.IgnoreCase);
                stages.Add(new Stage(m.Groups["image"].Value, m.Groups["name"].Success ? m.Groups["name"].Value : null, new List<Instruction>()));
            }
            else
            {
                Assert.True(stages.Count > 0, "Instruction before FROM: " + line);
                stages[^1].Instructions.Add(new Instruction(keyword, args));
            }
        }

        return stages;
    }

    /// <summary>COPY/ADD: flags (--from=...) and the sources (all but the last path).</summary>
    public static (Dictionary<string, string> Flags, List<string> Sources, string Destination) ParseCopy(string args)
    {
        var flags = new Dictionary<string, string>(StringComparer.Ordinal);
        var rest = args;
        while (rest.StartsWith("--", StringComparison.Ordinal))
        {
            var end = rest.IndexOf(' ');
            var flag = rest[2..end];
            var eq = flag.IndexOf('=');
            flags[eq < 0 ? flag : flag[..eq]] = eq < 0 ? "true" : flag[(eq + 1)..];
            rest = rest[(end + 1)..].TrimStart();
        }

        var paths = rest.StartsWith('[') ? JsonSerializer.Deserialize<List<string>>(rest)! : rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        return (flags, paths.Take(paths.Count - 1).ToList(), paths[^1]);
    }

    /// <summary>Every problem found (empty when the Dockerfile passes).</summary>
    public static List<string> Check(string dockerfile, string contextDirectory, string dockerignorePath, string expectedEntryPoint)
    {
        var problems = new List<string>();
        var ignore = DockerIgnore.FromFile(dockerignorePath);
        var stages = Parse(dockerfile);
        if (stages.Count < 2)
        {
            problems.Add("expected a build stage and a final stage");
            return problems;
        }

        var names = stages.Select(s => s.Name).Where(n => n != null).ToHashSet();
        foreach (var stage in stages)
        {
            foreach (var copy in stage.Instructions.Where(i => i.Keyword is "COPY" or "ADD"))
            {
                var (flags, sources, _) = ParseCopy(copy.Arguments);
                if (flags.ContainsKey("from"))
                {
                    if (!names.Contains(flags["from"]))
                    {
                        problems.Add($"COPY --from={flags["from"]} names no stage");
                    }

                    continue;
                }

                foreach (var source in sources)
                {
                    var full = Path.GetFullPath(Path.Combine(contextDirectory, source));
                    var relative = Path.GetRelativePath(contextDirectory, full).Replace('\\', '/');
                    if (relative.StartsWith("..", StringComparison.Ordinal))
                    {
                        problems.Add($"COPY source '{source}' is outside the build context");
                    }
                    else if (!File.Exists(full) && !Directory.Exists(full))
                    {
                        problems.Add($"COPY source '{source}' does not exist in the build context");
                    }
                    else if (relative != "." && ignore.IsIgnored(relative))
                    {
                        problems.Add($"COPY source '{source}' is excluded by the .dockerignore");
                    }
                }
            }
        }

        var final = stages[^1];
        if (final.Image.Contains("/dotnet/sdk", StringComparison.Ordinal))
        {
            problems.Add("the final stage is based on the SDK image " + final.Image);
        }

        var build = stages[^2].Name;
        foreach (var copy in final.Instructions.Where(i => i.Keyword is "COPY" or "ADD"))
        {
            var (flags, _, _) = ParseCopy(copy.Arguments);
            if (!flags.TryGetValue("from", out var from) || from != build)
            {
                problems.Add("the final stage copies from somewhere other than the build stage: " + copy.Arguments);
            }
        }

        var entry = final.Instructions.LastOrDefault(i => i.Keyword == "ENTRYPOINT");
        if (entry == null || entry.Arguments != expectedEntryPoint)
        {
            problems.Add($"ENTRYPOINT is {entry?.Arguments ?? "missing"}, expected {expectedEntryPoint}");
        }

        return problems;
    }
}
