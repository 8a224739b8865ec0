using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AksReady.Sdk.Tests.Infrastructure;

namespace AksReady.Sdk.Tests;

/// <summary>Every public property the targets define is described in the buildschema and in docs/msbuild/properties.md.</summary>
public sealed class DocumentationTests
{
    public static TheoryData<string> PublicProperties()
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.SdkDirectory, "build", "AksReady.Sdk.targets"))
            + File.ReadAllText(Path.Combine(TestPaths.SdkDirectory, "build", "AksReady.Sdk.props"));
        var names = Regex.Matches(text, @"\$\((?<n>(?:Enable)?AksReady[A-Za-z]*|Custom(?:Before|After)AksReady[A-Za-z]*)\)")
            .Select(m => m.Groups["n"].Value)
            .Where(n => n != "AksReadySdkVersion" && n != "AksReadyRepoRoot")
            .Distinct()
            .OrderBy(n => n, StringComparer.Ordinal);
        return new TheoryData<string>(names);
    }

    [Theory]
    [MemberData(nameof(PublicProperties))]
    public void Property_is_documented(string property)
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.SdkDirectory, "build", "AksReady.Sdk.buildschema.json")))!;
        var entry = schema["properties"]![property];
        Assert.True(entry != null, $"{property} is missing from AksReady.Sdk.buildschema.json");
        Assert.False(string.IsNullOrWhiteSpace(entry!["description"]?.GetValue<string>()));
        Assert.Contains("`" + property + "`", File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "msbuild", "properties.md")));
    }
}
