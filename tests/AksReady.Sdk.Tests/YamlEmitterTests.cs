using AksReady.Sdk.Generation;
using AksReady.Sdk.Tests.Infrastructure;

namespace AksReady.Sdk.Tests;

public sealed class YamlEmitterTests
{
    [Theory]
    [InlineData("1")]
    [InlineData("8080")]
    [InlineData("true")]
    [InlineData("No")]
    [InlineData("null")]
    [InlineData("")]
    [InlineData("- x")]
    [InlineData("a: b")]
    [InlineData("a #b")]
    [InlineData("*ref")]
    [InlineData("quote\"and\\slash")]
    [InlineData("line\nbreak")]
    [InlineData("1.5")]
    [InlineData("100m")]
    [InlineData("apps/v1")]
    [InlineData("repo:1.0.0")]
    public void Strings_read_back_as_the_same_strings(string value)
    {
        var yaml = YamlEmitter.Emit(new YamlMapping { { "k", value } });
        var node = YamlJson.Parse(yaml)["k"]!;
        Assert.Equal(System.Text.Json.JsonValueKind.String, node.GetValueKind());
        Assert.Equal(value, node.GetValue<string>());
    }

    [Fact]
    public void Nested_collections_round_trip()
    {
        var yaml = YamlEmitter.Emit(new YamlMapping
        {
            { "list", new YamlSequence { new YamlMapping { { "a", 1 }, { "b", new YamlMapping { { "c", true } } } }, "x", new YamlSequence { "y" } } },
            { "empty", new YamlMapping() },
            { "none", new YamlSequence() },
        });
        var json = YamlJson.Parse(yaml);
        Assert.Equal("{\"list\":[{\"a\":1,\"b\":{\"c\":true}},\"x\",[\"y\"]],\"empty\":{},\"none\":[]}", json.ToJsonString());
    }

    [Theory]
    [InlineData("100m", 0.1)]
    [InlineData("1", 1)]
    [InlineData("1.5", 1.5)]
    [InlineData("512Mi", 536870912)]
    [InlineData("1Gi", 1073741824)]
    [InlineData("1G", 1000000000)]
    [InlineData("2e3", 2000)]
    public void Quantities_parse(string text, double expected)
    {
        Assert.True(Quantity.TryParse(text, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("512mb")]
    [InlineData("1GB")]
    [InlineData("")]
    [InlineData("-1")]
    [InlineData("Mi")]
    public void Non_quantities_are_rejected(string text) => Assert.False(Quantity.TryParse(text, out _));
}
