using System.ComponentModel;
using Spectre.Console.Cli;

namespace Qualify.Cli.Settings;

/// <summary>Settings of <c>qualify tournaments</c>.</summary>
public sealed class TournamentsSettings : StoreSettings
{
    /// <summary>Only the tournaments missing from <c>tournament-classes.csv</c>.</summary>
    [CommandOption("--unmapped")]
    [Description("Only tournaments missing from tournament-classes.csv, which are weighted as other tournaments (Elo K 30).")]
    public bool Unmapped { get; init; }
}
