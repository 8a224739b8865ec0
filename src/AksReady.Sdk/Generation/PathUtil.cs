using System;
using System.IO;
using System.Linq;

namespace AksReady.Sdk.Generation;

/// <summary>Path helpers that behave the same on .NET Framework 4.7.2 and .NET 8.</summary>
public static class PathUtil
{
    private static StringComparison Comparison =>
        Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>Returns the full path with '/' separators and no trailing separator (except for a root).</summary>
    public static string Normalize(string path)
    {
        var full = Path.GetFullPath(path).Replace('\\', '/');
        while (full.Length > 1 && full.EndsWith("/", StringComparison.Ordinal) && !full.EndsWith(":/", StringComparison.Ordinal))
        {
            full = full.Substring(0, full.Length - 1);
        }

        return full;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="directory"/> or lies below it.</summary>
    public static bool IsUnder(string path, string directory)
    {
        var p = Normalize(path);
        var d = Normalize(directory);
        return string.Equals(p, d, Comparison) || p.StartsWith(d.EndsWith("/", StringComparison.Ordinal) ? d : d + "/", Comparison);
    }

    /// <summary>The path of <paramref name="path"/> relative to <paramref name="baseDirectory"/>, with '/' separators ("." for the same folder).</summary>
    public static string GetRelativePath(string baseDirectory, string path)
    {
        var from = Normalize(baseDirectory).Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
        var to = Normalize(path).Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
        var common = 0;
        while (common < from.Length && common < to.Length && string.Equals(from[common], to[common], Comparison))
        {
            common++;
        }

        if (common == 0 && Path.IsPathRooted(path) && Path.DirectorySeparatorChar == '\\')
        {
            return Normalize(path);
        }

        var parts = Enumerable.Repeat("..", from.Length - common).Concat(to.Skip(common)).ToArray();
        return parts.Length == 0 ? "." : string.Join("/", parts);
    }
}
