// Probe-cost benchmark: starts each app as its own process on 127.0.0.1 and measures, in the same run:
//   - time from Process.Start to the first 200 on its probe path,
//   - working set (VmRSS) at that first healthy probe,
//   - server CPU time (utime+stime from /proc/<pid>/stat) per probe over N probe requests from an HttpClient loop.
// Usage: dotnet AksReady.Hosting.Benchmarks.dll <apps-dir> [--requests 20000] [--concurrency 4] [--rounds 3] [--max-seconds 60]
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

var appsDir = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : Path.Combine(AppContext.BaseDirectory, "apps");
var requests = Option("--requests", 20_000);
var concurrency = Option("--concurrency", 4);
var rounds = Option("--rounds", 3);
var maxSeconds = Option("--max-seconds", 60);
var warmup = Option("--warmup", 2_000);

var apps = new (string Name, string Dll, string ProbePath)[]
{
    ("a) bare", Path.Combine(appsDir, "Bare", "Bare.dll"), "/healthz"),
    ("b) aspire-style", Path.Combine(appsDir, "Aspire", "Aspire.dll"), "/health"),
    ("c) aksready", Path.Combine(appsDir, "AksReadyApp", "AksReadyApp.dll"), "/healthz/ready"),
};

foreach (var app in apps)
{
    if (!File.Exists(app.Dll))
    {
        Console.Error.WriteLine($"missing {app.Dll}: run run.sh (it builds the apps in Release)");
        return 2;
    }
}

Console.WriteLine($"requests={requests} concurrency={concurrency} rounds={rounds} warmup={warmup} cores={Environment.ProcessorCount}");
var results = apps.ToDictionary(a => a.Name, _ => new List<Result>());
for (var round = 1; round <= rounds; round++)
{
    // Interleave the apps in every round so drift on the machine hits all three alike.
    foreach (var app in apps)
    {
        var result = await MeasureAsync(app.Dll, app.ProbePath);
        results[app.Name].Add(result);
        Console.WriteLine(FormattableString.Invariant(
            $"round {round} {app.Name,-16} start→200 {result.StartMs,7:F0} ms  rss {result.RssMb,6:F1} MB  cpu/probe {result.CpuUsPerProbe,6:F1} µs  ({result.Completed} probes, {result.Rps:F0}/s)"));
    }
}

var bare = Median(results[apps[0].Name]);
Console.WriteLine();
Console.WriteLine("| app | start→first 200 (ms) | × bare | VmRSS at first 200 (MB) | Δ bare (MB) | server CPU per probe (µs) | × bare |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
foreach (var app in apps)
{
    var m = Median(results[app.Name]);
    Console.WriteLine(FormattableString.Invariant(
        $"| {app.Name} | {m.StartMs:F0} | {m.StartMs / bare.StartMs:F2} | {m.RssMb:F1} | {m.RssMb - bare.RssMb:+0.0;-0.0;0.0} | {m.CpuUsPerProbe:F1} | {m.CpuUsPerProbe / bare.CpuUsPerProbe:F2} |"));
}

var aks = Median(results[apps[2].Name]);
var goals = new[]
{
    ("CPU per probe ≤ 1.0× bare", aks.CpuUsPerProbe <= bare.CpuUsPerProbe * 1.0),
    ("time to first healthy ≤ 1.3× bare", aks.StartMs <= bare.StartMs * 1.3),
    ("working set ≤ bare + 12 MB", aks.RssMb <= bare.RssMb + 12),
};
Console.WriteLine();
foreach (var (goal, met) in goals)
{
    Console.WriteLine($"{(met ? "MET " : "MISS")} {goal}");
}

return 0;

async Task<Result> MeasureAsync(string dll, string probePath)
{
    var port = FreePort();
    var baseAddress = new Uri($"http://127.0.0.1:{port}");
    var psi = new ProcessStartInfo("dotnet", [dll, "--urls", baseAddress.ToString().TrimEnd('/')])
    {
        WorkingDirectory = Path.GetDirectoryName(dll)!,
        RedirectStandardOutput = true,
        RedirectStandardError = true,
        UseShellExecute = false,
    };
    psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
    psi.Environment.Remove("OTEL_EXPORTER_OTLP_ENDPOINT");

    using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
    using var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(5) };

    var watch = Stopwatch.StartNew();
    using var process = Process.Start(psi)!;
    process.OutputDataReceived += (_, _) => { };
    process.ErrorDataReceived += (_, _) => { };
    process.BeginOutputReadLine();
    process.BeginErrorReadLine();
    try
    {
        // Time to the first 200: poll the probe path as fast as a kubelet with periodSeconds=0 could.
        double startMs;
        while (true)
        {
            if (watch.Elapsed > TimeSpan.FromSeconds(maxSeconds) || process.HasExited)
            {
                throw new InvalidOperationException($"{dll} did not become healthy (exited: {process.HasExited})");
            }

            try
            {
                using var response = await client.GetAsync(probePath);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    startMs = watch.Elapsed.TotalMilliseconds;
                    break;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(2);
        }

        var rssMb = ReadRssKb(process.Id) / 1024.0;

        // Warm-up (JIT, connection pool), then the measured run: bounded by count and by time.
        await LoadAsync(client, probePath, warmup, TimeSpan.FromSeconds(maxSeconds));
        var cpuBefore = ReadCpuTicks(process.Id);
        var loadWatch = Stopwatch.StartNew();
        var completed = await LoadAsync(client, probePath, requests, TimeSpan.FromSeconds(maxSeconds));
        var elapsed = loadWatch.Elapsed;
        var cpuTicks = ReadCpuTicks(process.Id) - cpuBefore;
        var cpuUs = cpuTicks * 1_000_000.0 / 100.0; // USER_HZ = 100 on Linux
        return new Result(startMs, rssMb, cpuUs / completed, completed, completed / elapsed.TotalSeconds);
    }
    finally
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
    }
}

async Task<int> LoadAsync(HttpClient client, string path, int count, TimeSpan limit)
{
    var remaining = count;
    var completed = 0;
    using var cts = new CancellationTokenSource(limit);
    var workers = Enumerable.Range(0, concurrency).Select(async _ =>
    {
        while (!cts.IsCancellationRequested && Interlocked.Decrement(ref remaining) >= 0)
        {
            using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead, CancellationToken.None);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"{path} returned {(int)response.StatusCode}");
            }

            Interlocked.Increment(ref completed);
        }
    });
    await Task.WhenAll(workers);
    return completed;
}

static long ReadCpuTicks(int pid)
{
    // /proc/<pid>/stat: fields after the ")" of comm; utime and stime are fields 14 and 15 (1-based).
    var stat = File.ReadAllText($"/proc/{pid}/stat");
    var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
    return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
}

static long ReadRssKb(int pid)
{
    foreach (var line in File.ReadLines($"/proc/{pid}/status"))
    {
        if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
        {
            return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
    }

    return 0;
}

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}

static Result Median(List<Result> list) => new(
    MedianOf(list.Select(r => r.StartMs)),
    MedianOf(list.Select(r => r.RssMb)),
    MedianOf(list.Select(r => r.CpuUsPerProbe)),
    list.Sum(r => r.Completed) / list.Count,
    MedianOf(list.Select(r => r.Rps)));

static double MedianOf(IEnumerable<double> values)
{
    var sorted = values.Order().ToArray();
    return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
}

int Option(string name, int defaultValue)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : defaultValue;
}

internal sealed record Result(double StartMs, double RssMb, double CpuUsPerProbe, int Completed, double Rps);
