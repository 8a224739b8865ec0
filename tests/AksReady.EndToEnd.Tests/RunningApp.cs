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

    /// <param name="assemblyPath">The built app.</param>
    /// <param name="environment">Environment variables for the app.</param>
    /// <param name="managementListener">True for a worker, whose probes are served by the AksReady management listener.</param>
    public static RunningApp Start(string assemblyPath, IDictionary<string, string> environment, bool managementListener = false)
    {
        var port = FreePort();
        var env = new Dictionary<string, string>(environment)
        {
            ["DOTNET_ENVIRONMENT"] = "Production",
        };
        if (managementListener)
        {
            env["AksReady__Management__Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            env["AksReady__Management__Host"] = "127.0.0.1";
        }
        else
        {
            env["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        }
        var info = ProcessRunner.CreateStartInfo("dotnet", [assemblyPath], Path.GetDirectoryName(assemblyPath)!, env);
        var process = new Process { StartInfo = info };
        var app = new RunningApp(process, port);
        process.OutputDataReceived += (_, e) => app.Append(e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return app;
    }

    /// <summary>Polls a path until it answers 200, as a startup probe with a generous failure threshold would.</summary>
    public async Task<TimeSpan> WaitUntilHealthyAsync(string path, TimeSpan timeout)
    {
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {_process.ExitCode} before {path} answered 200:{Environment.NewLine}{Output}");
            }

            try
            {
                using var response = await Client.GetAsync(path);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return stopwatch.Elapsed;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"{path} did not answer 200 within {timeout}:{Environment.NewLine}{Output}");
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
