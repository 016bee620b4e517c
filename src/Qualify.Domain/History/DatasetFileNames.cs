namespace Qualify.Domain.History;

/// <summary>The files of the international results dataset that the importer reads; all are required.</summary>
public static class DatasetFileNames
{
    /// <summary>The match results: <c>results.csv</c>.</summary>
    public static string Results => "results.csv";

    /// <summary>The goals: <c>goalscorers.csv</c>.</summary>
    public static string Goals => "goalscorers.csv";

    /// <summary>The penalty shootouts: <c>shootouts.csv</c>.</summary>
    public static string Shootouts => "shootouts.csv";

    /// <summary>The former team names: <c>former_names.csv</c>.</summary>
    public static string FormerNames => "former_names.csv";

    /// <summary>All four, in the order they are read.</summary>
    public static IReadOnlyList<string> All { get; } = [Results, Goals, Shootouts, FormerNames];
}
