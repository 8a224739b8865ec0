using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AksReady.Sdk.Tests.Infrastructure;

namespace AksReady.Sdk.Tests;

public sealed class ResourceTests
{
    private static readonly ResourceManager s_manager = new("AksReady.Sdk.Resources.Strings", typeof(KnownStrings).Assembly);

    private static IEnumerable<(string Name, string Value, string? Comment)> Entries() =>
        XDocument.Load(Path.Combine(TestPaths.SdkDirectory, "Resources", "Strings.resx")).Root!.Elements("data")
            .Select(d => ((string)d.Attribute("name")!, (string)d.Element("value")!, (string?)d.Element("comment")));

    [Fact]
    public void Error_codes_are_unique()
    {
        var codes = new List<string>();
        var set = s_manager.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true)!;
        foreach (System.Collections.DictionaryEntry entry in set)
        {
            var m = Regex.Match((string)entry.Value!, "^(AKSB[0-9]{4}): ");
            if (m.Success)
            {
                codes.Add(m.Groups[1].Value);
            }
        }

        Assert.NotEmpty(codes);
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Fact]
    public void Every_coded_string_has_a_StrBegin_comment_and_a_known_name()
    {
        var errorNames = typeof(KnownStrings.Errors).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToHashSet();
        foreach (var (name, value, comment) in Entries().Where(e => e.Value.StartsWith("AKSB", StringComparison.Ordinal)))
        {
            var code = value[..8];
            Assert.Equal($"{{StrBegin=\"{code}: \"}}", comment);
            Assert.Contains(name, errorNames);
        }

        Assert.Equal(errorNames.OrderBy(x => x), Entries().Where(e => e.Value.StartsWith("AKSB", StringComparison.Ordinal)).Select(e => e.Name).OrderBy(x => x));
    }

    [Fact]
    public void ErrorCodes_constants_match_the_resource_strings()
    {
        var codes = typeof(KnownStrings.ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).OrderBy(x => x);
        var inResx = Entries().Where(e => e.Value.StartsWith("AKSB", StringComparison.Ordinal)).Select(e => e.Value[..8]).OrderBy(x => x);
        Assert.Equal(codes, inResx);
    }

    [Fact]
    public void Every_error_code_is_documented()
    {
        var doc = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "msbuild", "errors.md"));
        foreach (var (_, value, _) in Entries().Where(e => e.Value.StartsWith("AKSB", StringComparison.Ordinal)))
        {
            Assert.Contains("## " + value[..8], doc);
        }
    }
}
