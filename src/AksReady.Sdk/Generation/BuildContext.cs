using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace AksReady.Sdk.Generation;

/// <summary>Finds the Docker build context and the files the restore layer needs.</summary>
public static class BuildContext
{
    /// <summary>Files that influence 'dotnet restore' and are copied before the sources, when they exist.</summary>
    public static readonly IReadOnlyList<string> RestoreFileNames = new[]
    {
        "global.json", "NuGet.config", "nuget.config", "NuGet.Config", "Directory.Build.props", "Directory.Build.targets",
        "Directory.Packages.props", "Directory.Build.rsp",
    };

    /// <summary>The nearest folder at or above <paramref name="projectDirectory"/> with a *.sln or *.slnx file, else the project folder.</summary>
    public static string FindDefaultContext(string projectDirectory)
    {
        var dir = new DirectoryInfo(projectDirectory);
        while (dir != null)
        {
            if (dir.Exists && (dir.EnumerateFiles("*.sln").Any() || dir.EnumerateFiles("*.slnx").Any()))
            {
                return dir.FullName;
            }

            dir = dir.Parent;
        }

        return Path.GetFullPath(projectDirectory);
    }

    /// <summary>
    /// The restore inputs that exist in the folders from each project's folder up to the context, relative to the
    /// context, sorted ordinally.
    /// </summary>
    public static IList<string> FindRestoreFiles(string context, IEnumerable<string> projectFiles)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var project in projectFiles)
        {
            var dir = new DirectoryInfo(Path.GetDirectoryName(Path.GetFullPath(project))!);
            while (dir != null && PathUtil.IsUnder(dir.FullName, context))
            {
                if (dir.Exists)
                {
                    var names = new HashSet<string>(dir.EnumerateFiles().Select(f => f.Name), StringComparer.Ordinal);
                    foreach (var name in RestoreFileNames.Where(names.Contains))
                    {
                        found.Add(PathUtil.GetRelativePath(context, Path.Combine(dir.FullName, name)));
                    }
                }

                dir = dir.Parent;
            }
        }

        return found.ToList();
    }
}
