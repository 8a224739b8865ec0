using System;
using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace AksReady.Analyzers.Internal.Secrets;

/// <summary>Minimal globs for <c>AKS2003.excluded_files</c>: <c>*</c>, <c>**</c>, <c>?</c>. A glob without '/' matches the file name.</summary>
internal static class FileGlob
{
    private static readonly ConcurrentDictionary<string, Regex> Cache = new(StringComparer.Ordinal);

    public static bool IsMatch(string glob, string normalizedPath, string fileName)
    {
        var pattern = glob.Trim().Replace('\\', '/');
        if (pattern.Length == 0)
        {
            return false;
        }

        var regex = Cache.GetOrAdd(pattern, static p => new Regex(ToRegex(p), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100)));
        try
        {
            return pattern.IndexOf('/') < 0 ? regex.IsMatch(fileName) : regex.IsMatch(normalizedPath);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>The file name part of a path with either separator.</summary>
    public static string FileName(string path)
    {
        var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return slash < 0 ? path : path.Substring(slash + 1);
    }

    private static string ToRegex(string glob)
    {
        var builder = new StringBuilder(glob.IndexOf('/') < 0 ? "^" : "(^|/)");
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                builder.Append(".*");
                i++;
                if (i + 1 < glob.Length && glob[i + 1] == '/')
                {
                    i++;
                    builder.Append("/?");
                }
            }
            else if (c == '*')
            {
                builder.Append("[^/]*");
            }
            else if (c == '?')
            {
                builder.Append("[^/]");
            }
            else
            {
                builder.Append(Regex.Escape(c.ToString()));
            }
        }

        return builder.Append('$').ToString();
    }
}
