using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AksReady.EndToEnd.Tests;

/// <summary>A built app started as a real process on 127.0.0.1, the way the container's ENTRYPOINT starts it.</summary>
public sealed class RunningApp : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private RunningApp(Process process, int port)
    {
        _process = process;
        Port = port;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };
    }

    public int Port { get; }

    public HttpClient Client { get; }

    public int ProcessId => _process.Id;

    public string Output { get { lock (_output) { return _output.ToString(); } } }

    /// <summary>Started when the process was: kubelet's clock for initialDelaySeconds.</summary>
    public Stopwatch Started { get; } = new();

    /// <summary>
    /// Starts the built app with the container environment the generated Deployment declares (its literal env values, and
    /// the downward-API variables with the values kubelet would resolve), bound to 127.0.0.1 on the Deployment's
    /// containerPort instead of every interface.
    /// </summary>
    /// <param name="assemblyPath">The built app.</param>
    /// <param name="environment">Environment variables of the test run (package cache and the like).</param>
    /// <param name="pod">What the generated Deployment declares.</param>
    /// <param name="managementListener">True for a worker, whose probes are served by the AksReady management listener.</param>
    public static RunningApp Start(string assemblyPath, IDictionary<string, string> environment, PodFacts pod, bool managementListener = false)
    {
        var port = pod.ContainerPort;
        var env = new Dictionary<string, string>(environment)
        {
            ["DOTNET_ENVIRONMENT"] = "Production",
        };
        foreach (var (name, value) in pod.Environment)
        {
            env[name] = value;
        }

        foreach (var name in pod.DownwardApiVariables)
        {
            env[name] = name.ToLowerInvariant().Replace('_', '-') + "-e2e";
        }

        if (managementListener)
        {
            // The port is not set here: the listener must take it from the project's AksReadyPort, as in the pod.
            env["AksReady__Management__Host"] = "127.0.0.1";
        }
        else
        {
            // Stands in for the Deployment's ASPNETCORE_HTTP_PORTS (every interface) with the same port on 127.0.0.1 only.
            env["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        }

        var info = ProcessRunner.CreateStartInfo("dotnet", [assemblyPath], Path.GetDirectoryName(assemblyPath)!, env);
        var process = new Process { StartInfo = info };
        var app = new RunningApp(process, port);
        process.OutputDataReceived += (_, e) => app.Append(e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        process.Start();
        app.Started.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return app;
    }

    /// <summary>A free TCP port on 127.0.0.1 (for `dotnet new --port`, so the created project declares it).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output) { _output.AppendLine(line); }
        }
    }
}
