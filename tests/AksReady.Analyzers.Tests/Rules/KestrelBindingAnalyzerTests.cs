using AksReady.Analyzers.Rules;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = AksReady.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<AksReady.Analyzers.Rules.KestrelBindingAnalyzer>;

namespace AksReady.Analyzers.Tests.Rules;

public sealed class KestrelBindingAnalyzerTests
{
    private const string Usings = """
        using System.Net;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Hosting;

        """;

    private static DiagnosticResult Loopback(int location, string what)
        => VerifyCS.Diagnostic(KestrelBindingAnalyzer.LoopbackRule).WithLocation(location).WithArguments(what);

    private static DiagnosticResult Privileged(int location, string what, int port)
        => VerifyCS.Diagnostic(KestrelBindingAnalyzer.PrivilegedPortRule).WithLocation(location).WithArguments(what, port.ToString());

    [Fact]
    public Task LoopbackAndPrivilegedPorts_Reported()
        => VerifyCS.VerifyWebAppAsync(Usings + """
            var builder = WebApplication.CreateBuilder(args);
            builder.WebHost.UseUrls({|#0:"http://localhost:5000;http://*:80"|});
            builder.WebHost.ConfigureKestrel(options =>
            {
                {|#1:options.ListenLocalhost(5001)|};
                options.ListenAnyIP({|#2:443|});
                options.Listen({|#3:IPAddress.Loopback|}, 8081);
            });
            var app = builder.Build();
            app.Urls.Add({|#4:"http://127.0.0.1:8080"|});
            app.Run({|#5:"http://0.0.0.0"|});
            """,
            Loopback(0, "http://localhost:5000"),
            Privileged(0, "http://*:80", 80),
            Loopback(1, "ListenLocalhost"),
            Privileged(2, "ListenAnyIP", 443),
            Loopback(3, "IPAddress.Loopback"),
            Loopback(4, "http://127.0.0.1:8080"),
            Privileged(5, "http://0.0.0.0", 80));

    [Fact]
    public Task AllInterfacesOnHighPorts_NotReported()
        => VerifyCS.VerifyWebAppAsync(Usings + """
            var builder = WebApplication.CreateBuilder(args);
            builder.WebHost.UseUrls("http://+:8080", "https://*:8443");
            builder.WebHost.ConfigureKestrel(options =>
            {
                options.ListenAnyIP(8080);
                options.Listen(IPAddress.Any, 9090);
            });
            var app = builder.Build();
            app.Urls.Add("http://0.0.0.0:8080");
            var port = args.Length;
            app.Run($"http://+:{port}");
            """);

    [Theory]
    [InlineData("http://localhost:5000", "localhost", 5000)]
    [InlineData("https://[::1]:443", "[::1]", 443)]
    [InlineData("http://+", "+", 80)]
    [InlineData("https://example.com/path", "example.com", 443)]
    public void TryParse_ReadsHostAndPort(string url, string host, int port)
    {
        Assert.True(KestrelBindingAnalyzer.TryParse(url, out var actualHost, out var actualPort));
        Assert.Equal(host, actualHost);
        Assert.Equal(port, actualPort);
    }
}
