using Qualify.Domain.History;

namespace Qualify.Application;

/// <summary>
/// A small cache of what a service derives from the history store's matches (a rating run, a fitted goal model), keyed
/// by the store's <see cref="IHistorySource.Version"/> and the inputs of the derivation, so that the web server does not
/// rate 45,000 matches on every request. An import gives a new version, so nothing stale is served, in this process or
/// another sharing the store. Concurrent requests for one key derive it once; a derivation that throws is not kept. At
/// most <c>capacity</c> entries are kept, the least recently used going first.
/// </summary>
/// <param name="capacity">How many derived values to keep.</param>
public sealed class HistoryDerivedCache(int capacity)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkedListNode<(string Key, Lazy<object> Value)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, Lazy<object> Value)> _recency = new();

    /// <summary>The value of <paramref name="key"/> under the store's <paramref name="version"/>, derived by <paramref name="derive"/> when not kept.</summary>
    /// <remarks>An empty <paramref name="version"/> (no imported matches) is never cached.</remarks>
    public T GetOrAdd<T>(string version, string key, Func<T> derive)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(derive);
        if (string.IsNullOrEmpty(version))
        {
            return derive();
        }

        var fullKey = version + "|" + typeof(T).FullName + "|" + key;
        Lazy<object> value;
        lock (_lock)
        {
            if (_entries.TryGetValue(fullKey, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                value = node.Value.Value;
            }
            else
            {
                value = new Lazy<object>(() => derive(), LazyThreadSafetyMode.ExecutionAndPublication);
                _entries[fullKey] = _recency.AddFirst((fullKey, value));
                while (_entries.Count > capacity && _recency.Last is { } oldest)
                {
                    _recency.RemoveLast();
                    _entries.Remove(oldest.Value.Key);
                }
            }
        }

        try
        {
            return (T)value.Value;
        }
        catch
        {
            lock (_lock)
            {
                if (_entries.TryGetValue(fullKey, out var node) && ReferenceEquals(node.Value.Value, value))
                {
                    _recency.Remove(node);
                    _entries.Remove(fullKey);
                }
            }

            throw;
        }
    }
}
