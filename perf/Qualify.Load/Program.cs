using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Qualify.Load;

/// <summary>
/// A bounded load test of a running <c>qualify serve</c>: <c>--clients</c> concurrent clients, each sending one request
/// after another for <c>--duration</c> seconds, drawn from a weighted mix of page views, table reads and what-if
/// forecasts (a random result fixed on a random remaining fixture, so that no two forecasts need be alike). It reports,
/// per kind of request, the count, the throughput, the latency at p50, p95 and p99 and the errors (any status but 200,
/// or a failed request), and the server process's resident memory (<c>VmRSS</c> of <c>/proc/&lt;pid&gt;/status</c>)
/// before, every 10 s and after.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        try
        {
            var options = LoadOptions.Parse(args);
            return Run(options).GetAwaiter().GetResult();
        }
        catch (ArgumentException error)
        {
            Console.Error.WriteLine("error: " + error.Message);
            return 2;
        }
    }

    private static async Task<int> Run(LoadOptions options)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Clients, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(options.Url), Timeout = TimeSpan.FromSeconds(120) };

        var fixtures = await RemainingFixtures(http, options);
        var kinds = RequestKinds(options, fixtures);
        var memory = new List<(double Seconds, long Kilobytes)>();
        void SampleMemory(double seconds)
        {
            if (options.Pid is { } pid && ResidentKilobytes(pid) is { } kb)
            {
                memory.Add((seconds, kb));
            }
        }

        SampleMemory(0);
        var clock = Stopwatch.StartNew();
        var end = TimeSpan.FromSeconds(options.Duration);
        var samples = kinds.Select(_ => new List<long>[options.Clients]).ToArray();
        var errors = new long[kinds.Length];
        var firstErrors = new List<string>();

        using var sampler = new PeriodicTimer(TimeSpan.FromSeconds(10));
        var sampling = Task.Run(async () =>
        {
            while (await sampler.WaitForNextTickAsync())
            {
                SampleMemory(clock.Elapsed.TotalSeconds);
            }
        });

        var clients = Enumerable.Range(0, options.Clients).Select(client => Task.Run(async () =>
        {
            var random = new Random(options.Seed * 7919 + client);
            for (var k = 0; k < kinds.Length; k++)
            {
                samples[k][client] = new List<long>(1024);
            }

            while (clock.Elapsed < end)
            {
                var k = Pick(kinds, random);
                var path = kinds[k].Path(random);
                var start = Stopwatch.GetTimestamp();
                string? failure = null;
                try
                {
                    using var response = await http.GetAsync(path, HttpCompletionOption.ResponseContentRead);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        failure = $"{(int)response.StatusCode} {path}: {await response.Content.ReadAsStringAsync()}";
                    }
                }
                catch (HttpRequestException error)
                {
                    failure = $"{path}: {error.Message}";
                }
                catch (TaskCanceledException error)
                {
                    failure = $"{path}: {error.Message}";
                }

                samples[k][client].Add(Stopwatch.GetTimestamp() - start);
                if (failure is not null)
                {
                    Interlocked.Increment(ref errors[k]);
                    lock (firstErrors)
                    {
                        if (firstErrors.Count < 5)
                        {
                            firstErrors.Add(failure.Length > 300 ? failure[..300] : failure);
                        }
                    }
                }
            }
        })).ToArray();

        await Task.WhenAll(clients);
        var elapsed = clock.Elapsed.TotalSeconds;
        sampler.Dispose();
        await sampling;
        SampleMemory(elapsed);

        Console.WriteLine(FormattableString.Invariant(
            $"{options.Clients} clients for {elapsed:F1} s against {options.Url} (mix {options.Mix}; what-if sims {options.Sims}):"));
        Console.WriteLine();
        Console.WriteLine("| request | count | per second | p50 ms | p95 ms | p99 ms | max ms | errors |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        var total = 0L;
        var totalErrors = 0L;
        for (var k = 0; k < kinds.Length; k++)
        {
            var all = samples[k].SelectMany(s => s).Order().ToArray();
            total += all.Length;
            totalErrors += errors[k];
            if (all.Length == 0)
            {
                continue;
            }

            Console.WriteLine(FormattableString.Invariant(
                $"| {kinds[k].Name} | {all.Length} | {all.Length / elapsed:F1} | {Milliseconds(Percentile(all, 0.50)):F1} | {Milliseconds(Percentile(all, 0.95)):F1} | {Milliseconds(Percentile(all, 0.99)):F1} | {Milliseconds(all[^1]):F1} | {errors[k]} |"));
        }

        Console.WriteLine(FormattableString.Invariant($"| all | {total} | {total / elapsed:F1} | | | | | {totalErrors} |"));
        if (memory.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine("server memory (VmRSS, MiB) at seconds: " + string.Join(", ", memory.Select(m =>
                FormattableString.Invariant($"{m.Seconds:F0} s {m.Kilobytes / 1024.0:F0}"))));
        }

        foreach (var failure in firstErrors)
        {
            Console.WriteLine("error: " + failure);
        }

        return totalErrors == 0 ? 0 : 1;
    }

    private static int Pick(RequestKind[] kinds, Random random)
    {
        var roll = random.Next(kinds.Sum(k => k.Weight));
        for (var k = 0; k < kinds.Length; k++)
        {
            roll -= kinds[k].Weight;
            if (roll < 0)
            {
                return k;
            }
        }

        return kinds.Length - 1;
    }

    private static long Percentile(long[] sorted, double q) => sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;

    private static long? ResidentKilobytes(int pid)
    {
        var status = $"/proc/{pid}/status";
        if (!File.Exists(status))
        {
            return null;
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }

    /// <summary>The remaining fixtures of the competition at the date, read once from the forecast's document.</summary>
    private static async Task<(string Home, string Away)[]> RemainingFixtures(HttpClient http, LoadOptions options)
    {
        var path = $"/api/competitions/{options.Competition}/forecast?as-of={options.AsOf}&sims=1000";
        using var response = await http.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new ArgumentException($"{path}: {(int)response.StatusCode} {body}");
        }

        using var document = JsonDocument.Parse(body);
        var fixtures = document.RootElement.GetProperty("fixtures").EnumerateArray()
            .Select(f => (f.GetProperty("home").GetString()!, f.GetProperty("away").GetString()!)).ToArray();
        return fixtures.Length > 0 ? fixtures : throw new ArgumentException($"{path}: no remaining fixture to fix a result on");
    }

    private static RequestKind[] RequestKinds(LoadOptions options, (string Home, string Away)[] fixtures)
    {
        var competition = options.Competition;
        var asOf = options.AsOf;
        string WhatIf(Random random)
        {
            var (home, away) = fixtures[random.Next(fixtures.Length)];
            var fix = Uri.EscapeDataString($"{home} {random.Next(4)}-{random.Next(4)} {away}");
            return $"/api/competitions/{competition}/forecast?as-of={asOf}&sims={options.Sims}&fix={fix}";
        }

        var all = new[]
        {
            new RequestKind("page", options.Weight("page"), _ => options.PagePath),
            new RequestKind("table", options.Weight("table"), _ => $"/api/competitions/{competition}/table?as-of={asOf}"),
            new RequestKind("what-if", options.Weight("what-if"), WhatIf),
        };
        return [.. all.Where(k => k.Weight > 0)];
    }

    private sealed record RequestKind(string Name, int Weight, Func<Random, string> Path);
}

/// <summary>The load test's options: <c>--url</c>, <c>--clients</c>, <c>--duration</c> (s), <c>--mix page=40,table=40,what-if=20</c>, <c>--sims</c>, <c>--pid</c>, <c>--competition</c>, <c>--as-of</c>, <c>--page</c>, <c>--seed</c>.</summary>
internal sealed record LoadOptions(
    string Url, int Clients, int Duration, string Mix, int Sims, int? Pid, string Competition, string AsOf, string PagePath, int Seed)
{
    public int Weight(string kind)
    {
        foreach (var part in Mix.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var pair = part.Split('=');
            if (pair.Length != 2 || !int.TryParse(pair[1], CultureInfo.InvariantCulture, out var weight) || weight < 0
                || pair[0] is not ("page" or "table" or "what-if"))
            {
                throw new ArgumentException($"--mix: '{part}' is not kind=weight with kind page, table or what-if");
            }

            if (pair[0] == kind)
            {
                return weight;
            }
        }

        return 0;
    }

    public static LoadOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"'{args[i]}': expected --option value");
            }

            values[args[i][2..]] = args[i + 1];
        }

        string Text(string name, string fallback) => values.Remove(name, out var v) ? v : fallback;
        int Number(string name, int fallback, int min, int max)
        {
            var text = Text(name, fallback.ToString(CultureInfo.InvariantCulture));
            return int.TryParse(text, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
                ? n
                : throw new ArgumentException($"--{name}: '{text}' is not a whole number from {min} to {max}");
        }

        var options = new LoadOptions(
            Text("url", "http://127.0.0.1:5080"),
            Number("clients", 200, 1, 10_000),
            Number("duration", 60, 1, 3600),
            Text("mix", "page=40,table=40,what-if=20"),
            Number("sims", 100_000, 1, 10_000_000),
            values.ContainsKey("pid") ? Number("pid", 0, 1, int.MaxValue) : null,
            Text("competition", "concacaf-2022"),
            Text("as-of", "2021-11-17"),
            Text("page", "/competitions/concacaf-2022?as-of=2021-11-17"),
            Number("seed", 1, 0, int.MaxValue));
        if (values.Count > 0)
        {
            throw new ArgumentException("unknown option --" + values.Keys.First());
        }

        _ = options.Weight("page");
        return options;
    }
}
