using Qualify.Application;
using Qualify.Domain.Competitions;
using Qualify.Testing;

namespace Qualify.Cli.Tests;

/// <summary>A date in a definition's first stage, at which the library tests run forecasts and scenarios (issue #13).</summary>
public enum FirstStagePoint
{
    /// <summary>The date of the first stage's middle match.</summary>
    Halfway,

    /// <summary>The day before the first stage's last matchday.</summary>
    BeforeLastMatchday,
}

/// <summary>The dates of <see cref="FirstStagePoint"/>, and every built-in definition at both.</summary>
public static class FirstStageDates
{
    /// <summary>Every built-in definition at both points, in file order.</summary>
    public static TheoryData<string, FirstStagePoint> Cases()
    {
        var data = new TheoryData<string, FirstStagePoint>();
        foreach (var file in Directory.GetFiles(TestPaths.CompetitionsFolder, "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file), FirstStagePoint.Halfway);
            data.Add(Path.GetFileNameWithoutExtension(file), FirstStagePoint.BeforeLastMatchday);
        }

        return data;
    }

    /// <summary>The date of <paramref name="point"/>, from the dates of the first stage's played matches (a tie's legs as the table at the end finds them).</summary>
    public static DateOnly Of(CompetitionDefinition competition, TableService tables, FirstStagePoint point)
    {
        ArgumentNullException.ThrowIfNull(competition);
        ArgumentNullException.ThrowIfNull(tables);
        var stage = competition.Stages[0];
        var matches = tables.MatchesOf(competition);
        var end = tables.Build(new TableRequest(competition.Id, null));
        List<DateOnly> dates = [.. stage.Groups.SelectMany(g => matches.OfGroup(stage, g)).Where(m => m.IsPlayed)
            .Concat(end.Stages[0].Ties.SelectMany(t => t.Result?.Played ?? []))
            .Select(m => m.Date).Order()];
        return point == FirstStagePoint.Halfway ? dates[dates.Count / 2] : dates[^1].AddDays(-1);
    }
}
