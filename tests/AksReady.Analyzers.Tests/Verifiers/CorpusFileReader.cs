namespace AksReady.Analyzers.Tests.Verifiers;

/// <summary>
/// Reads the multi-file corpus format shared by the feature-flag, probe and pod-hazard corpora: <c>=== label | note</c>
/// starts a case, <c>--- path</c> starts one of its files, every other line belongs to the current file.
/// </summary>
internal static class CorpusFileReader
{
    internal sealed record RawCase(int Index, string Label, string Note, IReadOnlyList<(string Name, string Content)> Files);

    public static IReadOnlyList<RawCase> Read(string path)
    {
        var cases = new List<RawCase>();
        var files = new List<(string Name, string Content)>();
        var content = new List<string>();
        string? header = null;
        string? fileName = null;

        void FlushFile()
        {
            if (fileName is not null)
            {
                files.Add((fileName, string.Join("\n", content) + "\n"));
            }

            fileName = null;
            content.Clear();
        }

        void FlushCase()
        {
            FlushFile();
            if (header is not null)
            {
                var cells = header.Split('|', 2);
                cases.Add(new RawCase(cases.Count, cells[0].Trim(), cells.Length > 1 ? cells[1].Trim() : string.Empty, files.ToList()));
            }

            files.Clear();
        }

        foreach (var line in File.ReadAllLines(path))
        {
            if (line.StartsWith("=== ", StringComparison.Ordinal))
            {
                FlushCase();
                header = line.Substring(4);
            }
            else if (line.StartsWith("--- ", StringComparison.Ordinal))
            {
                FlushFile();
                fileName = line.Substring(4).Trim();
            }
            else if (fileName is not null)
            {
                content.Add(line);
            }
        }

        FlushCase();
        return cases;
    }
}
