using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace AksReady.Hosting.Tests;

public sealed class NullGuardTests
{
    [Fact]
    public void AddAksReady_NullBuilder_Throws()
    {
        Assert.Throws<ArgumentNullException>("builder", () => ((HostApplicationBuilder)null!).AddAksReady());
        Assert.Throws<ArgumentNullException>("builder", () => ((HostApplicationBuilder)null!).AddAksReady(new ConfigurationBuilder().Build().GetSection("x")));
        Assert.Throws<ArgumentNullException>("builder", () => ((HostApplicationBuilder)null!).AddAksReady(_ => { }));
    }

    [Fact]
    public void AddAksReady_NullArguments_Throw()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        Assert.Throws<ArgumentNullException>("configSection", () => builder.AddAksReady((IConfigurationSection)null!));
        Assert.Throws<ArgumentNullException>("configure", () => builder.AddAksReady((Action<AksReadyOptions>)null!));
    }

    [Fact]
    public void MapAksReadyEndpoints_NullEndpoints_Throws()
    {
        Assert.Throws<ArgumentNullException>("endpoints", () => ((IEndpointRouteBuilder)null!).MapAksReadyEndpoints());
    }

    [Fact]
    public void AddAksReady_ReturnsTheSameBuilder()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        Assert.Same(builder, builder.AddAksReady());
        Assert.Same(builder, builder.AddAksReady(_ => { }));
        Assert.Same(builder, builder.AddAksReady(builder.Configuration.GetSection("Custom")));
    }
}
