// Probe-cost benchmark: starts each app as its own process on 127.0.0.1 and measures, in the same run:
//   - time from Process.Start to the first 200 on its probe path,
//   - working set (VmRSS) at that first healthy probe,
//   - server CPU time (utime+stime from /proc/<pid>/stat) per probe over N probe requests from an HttpClient loop.
// Usage: dotnet AksReady.Hosting.Benchmarks.dll <apps-dir> [--requests 20000] [--concurrency 4] [--rounds 5] [--max-seconds 60]
//          [--app "label|path/to/App.dll|/probe[|NAME=value;NAME=value]"]...   (extra apps, measured in the same rounds)
// Every round measures every app once, in an order rotated per round, so drift on a shared machine hits all alike.
// Reported per app: the median of the rounds with min–max, and the median of the per-round ratios to the bare app
// measured in the same round (paired, so a busy round inflates both sides).
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

var appsDir = Path.GetFullPath(args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : Path.Combine(AppContext.BaseDirectory, "apps"));
var requests = Option("--requests", 20_000);
var concurrency = Option("--concurrency", 4);
var rounds = Option("--rounds", 5);
var maxSeconds = Option("--max-seconds", 60);
var warmup = Option("--warmup", 2_000);

var apps = new List<App>
{
    new("a) bare", Path.Combine(appsDir, "Bare", "Bare.dll"), "/healthz", []),
    new("b) aspire-style", Path.Combine(appsDir, "Aspire", "Aspire.dll"), "/health", []),
    new("c) aksready", Path.Combine(appsDir, "AksReadyApp", "AksReadyApp.dll"), "/healthz/ready", []),
};
for (var i = 0; i < args.Length - 1; i++)
{
    if (args[i] == "--app")
    {
        var parts = args[i + 1].Split('|');
        var env = parts.Length > 3
            ? parts[3].Split(';', StringSplitOptions.RemoveEmptyEntries).Select(kv => kv.Split('=', 2)).ToDictionary(kv => kv[0], kv => kv[1])
            : [];
        apps.Add(new App(parts[0], Path.GetFullPath(parts[1]), parts[2], env));
    }
}

foreach (var app in apps)
{
    if (!File.Exists(app.Dll))
    {
        Console.Error.WriteLine($"missing {app.Dll}: run run.sh (it builds the apps in Release)");
        return 2;
    }
}

Console.WriteLine($"requests={requests} concurrency={concurrency} rounds={rounds} warmup={warmup} cores={Environment.ProcessorCount} loadavg at start: {LoadAverage()}");
var results = apps.ToDictionary(a => a.Name, _ => new List<Result?>());
for (var round = 1; round <= rounds; round++)
{
    // Every app once per round; the order rotates so no app always runs first (or right after a build finished).
    for (var k = 0; k < apps.Count; k++)
    {
        var app = apps[(k + round - 1) % apps.Count];
        Result? result = null;
        try
        {
            result = await MeasureAsync(app);
            Console.WriteLine(FormattableString.Invariant(
                $"round {round} {app.Name,-22} start→200 {result.StartMs,7:F0} ms  cpu→200 {result.StartCpuMs,5:F0} ms  rss {result.RssMb,6:F1} MB  cpu/probe {result.CpuUsPerProbe,6:F1} µs  ({result.Completed} probes, {result.Failed} failed, {result.Rps:F0}/s, loadavg {result.LoadAvg})"));
        }
        catch (Exception ex)
        {
            // A busy machine can starve one measurement: record the gap and go on with the others.
            Console.WriteLine($"round {round} {app.Name,-22} FAILED: {ex.GetType().Name}: {ex.Message}");
        }

        results[app.Name].Add(result);
    }
}

var bareName = apps[0].Name;
Console.WriteLine();
Console.WriteLine($"loadavg at end: {LoadAverage()}. Medians of the rounds [min–max]; × bare = median of the per-round ratios to the bare app.");
Console.WriteLine();
Console.WriteLine("| app | start→first 200 (ms) | × bare | CPU to first 200 (ms) | × bare | VmRSS at first 200 (MB) | Δ bare (MB) | server CPU per probe (µs) | × bare |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
foreach (var app in apps)
{
    var mine = results[app.Name];
    var ok = mine.OfType<Result>().ToList();
    if (ok.Count == 0)
    {
        Console.WriteLine($"| {app.Name} | failed | | | | | | | |");
        continue;
    }

    var startRatio = PairedRatio(results[bareName], mine, r => r.StartMs);
    var startCpuRatio = PairedRatio(results[bareName], mine, r => r.StartCpuMs);
    var cpuRatio = PairedRatio(results[bareName], mine, r => r.CpuUsPerProbe);
    var rssDelta = PairedMedian(results[bareName], mine, (b, r) => r.RssMb - b.RssMb);
    Console.WriteLine(FormattableString.Invariant(
        $"| {app.Name} | {Spread(ok, r => r.StartMs, "F0")} | {startRatio:F2} | {Spread(ok, r => r.StartCpuMs, "F0")} | {startCpuRatio:F2} | {Spread(ok, r => r.RssMb, "F1")} | {rssDelta:+0.0;-0.0;0.0} | {Spread(ok, r => r.CpuUsPerProbe, "F1")} | {cpuRatio:F2} |"));
}

Console.WriteLine();
foreach (var app in apps.Skip(1).Where(a => a.Name.StartsWith('c')))
{
    var mine = results[app.Name];
    var goals = new[]
    {
        ("CPU per probe ≤ 1.0× bare", PairedRatio(results[bareName], mine, r => r.CpuUsPerProbe) <= 1.0),
        ("time to first healthy ≤ 1.3× bare", PairedRatio(results[bareName], mine, r => r.StartMs) <= 1.3),
        ("(busy-machine proxy) CPU to first healthy ≤ 1.3× bare", PairedRatio(results[bareName], mine, r => r.StartCpuMs) <= 1.3),
        ("working set ≤ bare + 12 MB", PairedMedian(results[bareName], mine, (b, r) => r.RssMb - b.RssMb) <= 12),
    };
    foreach (var (goal, met) in goals)
    {
        Console.WriteLine($"{(met ? "MET " : "MISS")} {app.Name}: {goal}");
    }
}

return 0;

async Task<Result> MeasureAsync(App app)
{
    var (dll, probePath) = (app.Dll, app.ProbePath);
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
    foreach (var (name, value) in app.Environment)
    {
        psi.Environment[name] = value;
    }

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

        // CPU time the app used up to its first 200 (all threads): unlike the wall time it does not grow when the app
        // waits for a core, so it compares start-up work on a machine busy with other builds.
        var startCpuMs = ReadCpuTicks(process.Id) * 10.0; // USER_HZ = 100 on Linux

        // Warm-up (JIT, connection pool), then the measured run: bounded by count and by time.
        await LoadAsync(client, probePath, warmup, TimeSpan.FromSeconds(maxSeconds));
        var cpuBefore = ReadCpuTicks(process.Id);
        var loadWatch = Stopwatch.StartNew();
        var (completed, failed) = await LoadAsync(client, probePath, requests, TimeSpan.FromSeconds(maxSeconds));
        var elapsed = loadWatch.Elapsed;
        var cpuTicks = ReadCpuTicks(process.Id) - cpuBefore;
        var cpuUs = cpuTicks * 1_000_000.0 / 100.0; // USER_HZ = 100 on Linux
        if (completed < requests / 2)
        {
            throw new InvalidOperationException($"only {completed} of {requests} probes completed within {maxSeconds} s ({failed} failed)");
        }

        // The CPU of failed probes counts too: divide by every probe the server answered or attempted.
        return new Result(startMs, startCpuMs, rssMb, cpuUs / (completed + failed), completed, failed, completed / elapsed.TotalSeconds, LoadAverage());
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

async Task<(int Completed, int Failed)> LoadAsync(HttpClient client, string path, int count, TimeSpan limit)
{
    var remaining = count;
    var completed = 0;
    var failed = 0;
    using var cts = new CancellationTokenSource(limit);
    var workers = Enumerable.Range(0, concurrency).Select(async _ =>
    {
        while (!cts.IsCancellationRequested && Interlocked.Decrement(ref remaining) >= 0)
        {
            try
            {
                using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead, CancellationToken.None);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    throw new InvalidOperationException($"{path} returned {(int)response.StatusCode}");
                }

                Interlocked.Increment(ref completed);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // A client timeout on a starved machine: count it, do not abort the whole run.
                Interlocked.Increment(ref failed);
            }
        }
    });
    await Task.WhenAll(workers);
    return (completed, failed);
}

static string LoadAverage()
{
    try
    {
        return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
    }
    catch (IOException)
    {
        return "?";
    }
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

static string Spread(List<Result> list, Func<Result, double> value, string format)
{
    var values = list.Select(value).ToArray();
    var median = MedianOf(values).ToString(format, CultureInfo.InvariantCulture);
    return values.Length == 1
        ? median
        : $"{median} [{values.Min().ToString(format, CultureInfo.InvariantCulture)}–{values.Max().ToString(format, CultureInfo.InvariantCulture)}]";
}

// Rounds where both apps were measured: the median of per-round ratios (or differences).
static double PairedRatio(List<Result?> bare, List<Result?> other, Func<Result, double> value)
    => PairedMedian(bare, other, (b, o) => value(o) / value(b));

static double PairedMedian(List<Result?> bare, List<Result?> other, Func<Result, Result, double> combine)
{
    var pairs = bare.Zip(other).Where(p => p.First is not null && p.Second is not null).Select(p => combine(p.First!, p.Second!)).ToArray();
    return pairs.Length == 0 ? double.NaN : MedianOf(pairs);
}

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

internal sealed record App(string Name, string Dll, string ProbePath, Dictionary<string, string> Environment);

internal sealed record Result(double StartMs, double StartCpuMs, double RssMb, double CpuUsPerProbe, int Completed, int Failed, double Rps, string LoadAvg);
