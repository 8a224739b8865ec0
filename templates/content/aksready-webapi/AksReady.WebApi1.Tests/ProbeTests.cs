using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AksReady.WebApi1.Tests;

/// <summary>The probe paths the generated Deployment declares answer 200 once the app has started.</summary>
public sealed class ProbeTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Theory]
    [InlineData("/healthz/startup")]
    [InlineData("/healthz/live")]
    [InlineData("/healthz/ready")]
    public async Task Probe_answers_200(string path)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Root_endpoint_answers()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("running", await response.Content.ReadAsStringAsync());
    }
}
