using AksReady.Analyzers.Internal.FeatureFlags;

namespace AksReady.Analyzers.Tests.Internal;

public sealed class RazorFlagScannerTests
{
    private static (bool Resolved, string[] Found) Scan(string text)
    {
        var found = new List<RazorFlagReference>();
        var resolved = RazorFlagScanner.Scan(text, found);
        foreach (var reference in found)
        {
            // The span points at the name in the text.
            Assert.Equal(reference.Name, text.Substring(reference.Span.Start, reference.Span.Length));
        }

        return (resolved, found.Select(r => (r.IsExact ? "=" : "~") + r.Name).ToArray());
    }

    [Theory]
    [InlineData("<feature name=\"Beta\">x</feature>", "=Beta")]
    [InlineData("<feature name=' Beta ,Gamma, ' requirement=\"All\">x</feature>", "=Beta|=Gamma")]
    [InlineData("<FEATURE negate=\"true\"\n   name=\"Beta\">x</FEATURE>", "=Beta")]
    [InlineData("<feature negate name=Beta>x</feature>", "=Beta")]
    [InlineData("<feature name=@nameof(Flags.Beta)>x</feature>", "=Beta")]
    [InlineData("<feature name=\"@nameof( App.Flags.Beta )\">x</feature>", "=Beta")]
    [InlineData("<feature name=\"@Flags.Beta\">x</feature>", "~Beta")]
    [InlineData("<feature name=\"@(Flags.Beta)\">x</feature>", "~Beta")]
    [InlineData("@await FeatureManager.IsEnabledAsync(\"Beta\")", "=Beta")]
    [InlineData("@await FeatureManager.IsEnabledAsync( nameof(Flags.Beta), context)", "=Beta")]
    [InlineData("@await Variants.GetVariantAsync(Flags.Beta.ToString())", "~Beta")]
    [InlineData("<feature-list name=\"Beta\"></feature-list> <featureX name=\"Gamma\">", "")]
    [InlineData("MyIsEnabledAsync(\"Beta\")", "")]
    public void Recognised(string text, string expected)
    {
        var (resolved, found) = Scan(text);
        Assert.True(resolved);
        Assert.Equal(expected, string.Join("|", found));
    }

    [Theory]
    [InlineData("@(await FeatureManager.IsEnabledAsync(name))")]
    [InlineData("@(await FeatureManager.IsEnabledAsync(Model.FlagFor(\"x\")))")]
    [InlineData("@(await FeatureManager.IsEnabledAsync(\"Be\\\"ta\"))")]
    [InlineData("<feature name=\"Prefix@Model.Suffix\">x</feature>")]
    [InlineData("<feature name=\"@Model.Flags[0]\">x</feature>")]
    public void Dynamic(string text)
    {
        Assert.False(Scan(text).Resolved);
    }

    [Theory]
    [InlineData("/app/Views/Home/Index.cshtml", true)]
    [InlineData("/app/Pages/Counter.RAZOR", true)]
    [InlineData("/app/Views/Home/Index.cshtml.cs", false)]
    [InlineData("/app/appsettings.json", false)]
    public void RazorFiles(string path, bool expected) => Assert.Equal(expected, RazorFlagScanner.IsRazorFile(path));
}
