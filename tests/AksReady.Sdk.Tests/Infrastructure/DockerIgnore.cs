using System.Text;
using System.Text.RegularExpressions;

namespace AksReady.Sdk.Tests.Infrastructure;

/// <summary>
/// Docker's .dockerignore semantics (moby/patternmatcher): patterns are cleaned paths relative to the context root
/// (a leading '/' is dropped); '*' matches any run of non-separator characters, '?' one, '[...]' a class, '**' any
/// number of directories (including none); a line starting with '!' re-includes; the last matching line wins; a path
/// is also excluded when one of its parent directories is.
/// </summary>
internal sealed class DockerIgnore
{
    private readonly List<(Regex Pattern, bool Exclusion)> _patterns = new();

    public DockerIgnore(IEnumerable<string> lines)
    {
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var exclusion = line.StartsWith('!');
            if (exclusion)
            {
                line = line[1..].Trim();
            }

            line = Clean(line);
            if (line.Length > 0)
            {
                _patterns.Add((new Regex("^" + ToRegex(line) + "$", RegexOptions.CultureInvariant), exclusion));
            }
        }
    }

    public static DockerIgnore FromFile(string path) => new(File.Exists(path) ? File.ReadAllLines(path) : Array.Empty<string>());

    /// <summary>Whether <paramref name="relativePath"/> ('/'-separated, relative to the context) is left out of the context.</summary>
    public bool IsIgnored(string relativePath)
    {
        var path = Clean(relativePath);
        var parents = new List<string>();
        var parts = path.Split('/');
        for (var i = 1; i <= parts.Length; i++)
        {
            parents.Add(string.Join('/', parts.Take(i)));
        }

        var ignored = false;
        foreach (var (pattern, exclusion) in _patterns)
        {
            // A pattern applies to the path itself or to any of its parent directories.
            if (parents.Any(p => pattern.IsMatch(p)))
            {
                ignored = !exclusion;
            }
        }

        return ignored;
    }

    private static string Clean(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Replace('\\', '/').Split('/'))
        {
            if (part is "" or ".")
            {
                continue;
            }

            if (part == ".." && parts.Count > 0)
            {
                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(part);
        }

        return string.Join('/', parts);
    }

    private static string ToRegex(string pattern)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '*' when i + 1 < pattern.Length && pattern[i + 1] == '*':
                    i++;
                    if (i + 1 < pattern.Length && pattern[i + 1] == '/')
                    {
                        // "**/" : zero or more directories.
                        i++;
                        sb.Append("(?:.*/)?");
                    }
                    else
                    {
                        sb.Append(".*");
                    }

                    break;
                case '*':
                    sb.Append("[^/]*");
                    break;
                case '?':
                    sb.Append("[^/]");
                    break;
                case '[':
                    var end = pattern.IndexOf(']', i + 1);
                    if (end < 0)
                    {
                        sb.Append("\\[");
                        break;
                    }

                    var cls = pattern.Substring(i + 1, end - i - 1);
                    sb.Append('[').Append(cls.StartsWith('^') || cls.StartsWith('!') ? "^" + Regex.Escape(cls[1..]).Replace("\\-", "-") : Regex.Escape(cls).Replace("\\-", "-")).Append(']');
                    i = end;
                    break;
                case '\\' when i + 1 < pattern.Length:
                    i++;
                    sb.Append(Regex.Escape(pattern[i].ToString()));
                    break;
                default:
                    sb.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        return sb.ToString();
    }
}
