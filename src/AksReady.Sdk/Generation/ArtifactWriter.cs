using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using E = AksReady.Sdk.KnownStrings.Errors;

namespace AksReady.Sdk.Generation;

/// <summary>The outcome of <see cref="ArtifactWriter.Write"/>.</summary>
public sealed class WriteResult
{
    /// <summary>Gets the full paths of all generated files (written or unchanged).</summary>
    public IList<string> Files { get; } = new List<string>();

    /// <summary>Gets the number of files whose content changed.</summary>
    public int Changed { get; internal set; }

    /// <summary>Gets the full paths of files the previous generation wrote that this one no longer produces, now deleted.</summary>
    public IList<string> Removed { get; } = new List<string>();
}

/// <summary>
/// Writes generated files atomically and only when their content changes; never overwrites user files. Records what it
/// wrote in <see cref="ManifestFileName"/> so that a file a later generation no longer produces (the Service after
/// AksReadyService=false, the Ingress after the host is removed) is deleted instead of lingering next to current output.
/// </summary>
public static class ArtifactWriter
{
    /// <summary>The list of files the last generation wrote, relative to the output directory, one per line.</summary>
    public const string ManifestFileName = ".aksready-files";

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Writes <paramref name="files"/> under <paramref name="outputDirectory"/>. First checks every target path: if any
    /// exists without the AksReady header, reports AKSB1010 and writes nothing.
    /// </summary>
    public static WriteResult? Write(string outputDirectory, IEnumerable<GeneratedFile> files, IList<ValidationError> errors)
    {
        var plan = new List<(string Path, string Content, bool Same)>();
        foreach (var file in files)
        {
            var path = Path.GetFullPath(Path.Combine(outputDirectory, file.RelativePath.Replace('/', Path.DirectorySeparatorChar)));
            var same = false;
            if (File.Exists(path))
            {
                string existing;
                try
                {
                    existing = File.ReadAllText(path);
                }
                catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
                {
                    errors.Add(new ValidationError(E.WriteFailed, path, ex.Message));
                    continue;
                }

                if (!Header.IsGenerated(existing))
                {
                    errors.Add(new ValidationError(E.UserFileExists, path));
                    continue;
                }

                same = string.Equals(existing, file.Content, StringComparison.Ordinal);
            }

            plan.Add((path, file.Content, same));
        }

        if (errors.Count > 0)
        {
            return null;
        }

        var result = new WriteResult();
        foreach (var (path, content, same) in plan)
        {
            try
            {
                if (same)
                {
                    // Unchanged content: keep the file, but refresh its time so MSBuild's Inputs/Outputs check sees it as current.
                    File.SetLastWriteTimeUtc(path, DateTime.UtcNow);
                }
                else
                {
                    WriteAtomically(path, content);
                    result.Changed++;
                }

                result.Files.Add(path);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                errors.Add(new ValidationError(E.WriteFailed, path, ex.Message));
                return null;
            }
        }

        RemoveStaleFiles(outputDirectory, result, errors);
        return errors.Count > 0 ? null : result;
    }

    /// <summary>
    /// Deletes the files the previous generation listed in the manifest that this one did not write, when they still carry
    /// the AksReady header (a file the user took over, header removed, is kept), then rewrites the manifest. Files this
    /// generation never listed (the user's own, another tool's) are not looked at.
    /// </summary>
    private static void RemoveStaleFiles(string outputDirectory, WriteResult result, IList<ValidationError> errors)
    {
        var manifest = Path.Combine(outputDirectory, ManifestFileName);
        var root = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var current = new HashSet<string>(result.Files, StringComparer.Ordinal);
        try
        {
            if (File.Exists(manifest))
            {
                foreach (var line in File.ReadAllLines(manifest))
                {
                    var relative = line.Trim();
                    if (relative.Length == 0 || relative[0] == '#')
                    {
                        continue;
                    }

                    var path = Path.GetFullPath(Path.Combine(outputDirectory, relative.Replace('/', Path.DirectorySeparatorChar)));

                    // Only inside the output directory, only files this run did not write, only files still marked as generated.
                    if (!path.StartsWith(root, StringComparison.Ordinal) || current.Contains(path) || !File.Exists(path) || !Header.IsGenerated(File.ReadAllText(path)))
                    {
                        continue;
                    }

                    File.Delete(path);
                    result.Removed.Add(path);
                    RemoveEmptyParents(Path.GetDirectoryName(path)!, root);
                }
            }

            var lines = new StringBuilder();
            lines.Append("# AksReady.Sdk: the files the last generation wrote here. The next one deletes those it no longer writes.\n");
            foreach (var path in result.Files)
            {
                if (path.StartsWith(root, StringComparison.Ordinal))
                {
                    lines.Append(path.Substring(root.Length).Replace(Path.DirectorySeparatorChar, '/')).Append('\n');
                }
            }

            var text = lines.ToString();
            if (!File.Exists(manifest) || !string.Equals(File.ReadAllText(manifest), text, StringComparison.Ordinal))
            {
                WriteAtomically(manifest, text);
            }
            else
            {
                // Like the unchanged artifacts: a current time keeps MSBuild's Inputs/Outputs check satisfied.
                File.SetLastWriteTimeUtc(manifest, DateTime.UtcNow);
            }

            // Listed with the artifacts, so FileWrites (and 'dotnet clean') covers it too.
            result.Files.Add(Path.GetFullPath(manifest));
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
        {
            errors.Add(new ValidationError(E.WriteFailed, manifest, ex.Message));
        }
    }

    /// <summary>Deletes <paramref name="directory"/> and its parents while empty, strictly below <paramref name="root"/> (which ends with a separator).</summary>
    private static void RemoveEmptyParents(string directory, string root)
    {
        while (directory.StartsWith(root, StringComparison.Ordinal)
            && Directory.Exists(directory)
            && Directory.GetFileSystemEntries(directory).Length == 0)
        {
            Directory.Delete(directory);
            directory = Path.GetDirectoryName(directory)!;
        }
    }

    private static void WriteAtomically(string path, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp";
        try
        {
            File.WriteAllText(temp, content, s_utf8);
            if (File.Exists(path))
            {
                File.Replace(temp, path, destinationBackupFileName: null);
            }
            else
            {
                File.Move(temp, path);
            }
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
