using Qualify.Cli.Settings;
using Spectre.Console.Cli;

namespace Qualify.Cli.Infrastructure;

/// <summary>
/// The history store that this invocation reads: the <c>--db</c> value of the command line, or <see langword="null"/>
/// for <c>QUALIFY_DB</c> or the default location. Set once, by <see cref="StoreSelectionInterceptor"/>, after the
/// command line is parsed and before the command runs; read by the history store (<see cref="Hosting.QualifyHost.Database"/>) when a service first
/// asks for data.
/// </summary>
internal sealed class StoreSelection
{
    private bool _selected;
    private string? _database;

    /// <summary>The store as the user named it, or <see langword="null"/> for <c>QUALIFY_DB</c> or the default location.</summary>
    /// <exception cref="InvalidOperationException">Read before the command line selected a store: a bug in the composition.</exception>
    public string? Database => _selected ? _database : throw new InvalidOperationException("the history store was read before the command line selected it");

    /// <summary>Selects the store named by <paramref name="database"/>.</summary>
    /// <exception cref="InvalidOperationException">A store was already selected.</exception>
    public void Select(string? database)
    {
        if (_selected)
        {
            throw new InvalidOperationException("the history store is selected once per command line");
        }

        (_database, _selected) = (database, true);
    }
}

/// <summary>Selects the history store from the parsed settings' <c>--db</c> (<see cref="StoreSettings.Database"/>) before the command runs.</summary>
internal sealed class StoreSelectionInterceptor(StoreSelection selection) : ICommandInterceptor
{
    public void Intercept(CommandContext context, CommandSettings settings) =>
        selection.Select(settings is StoreSettings store ? store.Database : null);
}
