namespace Qualify.Application.Tests;

/// <summary><see cref="HistoryDerivedCache"/>: derived values kept per store version and key.</summary>
public sealed class HistoryDerivedCacheTests
{
    [Fact]
    public void GetOrAdd_SameVersionAndKey_DerivesOnce()
    {
        var cache = new HistoryDerivedCache(4);
        var derivations = 0;

        var first = cache.GetOrAdd("v1", "elo|2021-11-17", () => new object[] { ++derivations });
        var second = cache.GetOrAdd("v1", "elo|2021-11-17", () => new object[] { ++derivations });

        Assert.Same(first, second);
        Assert.Equal(1, derivations);
    }

    [Fact]
    public void GetOrAdd_NewVersion_DerivesAgain()
    {
        var cache = new HistoryDerivedCache(4);
        var derivations = 0;

        var before = cache.GetOrAdd("v1", "elo|2021-11-17", () => new object[] { ++derivations });
        var after = cache.GetOrAdd("v2", "elo|2021-11-17", () => new object[] { ++derivations });

        Assert.NotSame(before, after);
        Assert.Equal(2, derivations);
    }

    [Fact]
    public void GetOrAdd_EmptyVersion_DerivesEveryTime()
    {
        var cache = new HistoryDerivedCache(4);
        var derivations = 0;

        cache.GetOrAdd(string.Empty, "k", () => new object[] { ++derivations });
        cache.GetOrAdd(string.Empty, "k", () => new object[] { ++derivations });

        Assert.Equal(2, derivations);
    }

    [Fact]
    public void GetOrAdd_DerivationThrows_IsNotKept()
    {
        var cache = new HistoryDerivedCache(4);

        Assert.Throws<UserInputException>(() => cache.GetOrAdd<object>("v1", "k", () => throw new UserInputException("no goal to fit")));
        var value = cache.GetOrAdd("v1", "k", () => "fitted");

        Assert.Equal("fitted", value);
    }

    [Fact]
    public void GetOrAdd_OverCapacity_DropsTheLeastRecentlyUsed()
    {
        var cache = new HistoryDerivedCache(2);
        var derivations = new List<string>();
        string Derive(string key)
        {
            derivations.Add(key);
            return key;
        }

        cache.GetOrAdd("v", "a", () => Derive("a"));
        cache.GetOrAdd("v", "b", () => Derive("b"));
        cache.GetOrAdd("v", "a", () => Derive("a"));   // a is now the most recently used
        cache.GetOrAdd("v", "c", () => Derive("c"));   // drops b
        cache.GetOrAdd("v", "a", () => Derive("a"));   // kept
        cache.GetOrAdd("v", "b", () => Derive("b"));   // derived again

        Assert.Equal(["a", "b", "c", "b"], derivations);
    }

    [Fact]
    public async Task GetOrAdd_ConcurrentCallers_DeriveOnce()
    {
        var cache = new HistoryDerivedCache(4);
        var derivations = 0;
        using var start = new ManualResetEventSlim();

        var values = Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            start.Wait();
            return cache.GetOrAdd("v", "k", () =>
            {
                Interlocked.Increment(ref derivations);
                Thread.Sleep(50);
                return new object();
            });
        })).ToArray();
        start.Set();
        var results = await Task.WhenAll(values);

        Assert.Equal(1, derivations);
        Assert.All(results, v => Assert.Same(results[0], v));
    }
}
