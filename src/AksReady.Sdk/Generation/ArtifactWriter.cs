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
}

/// <summary>Writes generated files atomically and only when their content changes; never overwrites user files.</summary>
public static class ArtifactWriter
{
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

        return result;
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
