using Qualify.Simulation;

namespace Qualify.Contracts;

/// <summary>
/// The stages part of the forecast document, for a definition simulated stage by stage: each ranking's rank
/// probabilities, each tie's teams, each team's probability of every final destination, and what the forecast assumes
/// about the draws it makes and the groups whose teams it simulates (notes).
/// </summary>
internal sealed record ForecastStagesDocument(
    IReadOnlyList<ForecastRankingDocument> Rankings,
    IReadOnlyList<ForecastTieDocument> Ties,
    IReadOnlyList<ForecastDestinationDocument> Destinations,
    IReadOnlyList<ForecastDestinationTeamDocument> Teams,
    IReadOnlyList<string> Notes)
{
    public static ForecastStagesDocument From(StageForecast stages) => new(
        [.. stages.Rankings.Select(r => new ForecastRankingDocument(r.Ranking.Name, r.Ranking.Position,
            [.. r.Teams.Select(t => new ForecastRankedTeamDocument(t.Team, [.. t.RankProbabilities]))]))],
        [.. stages.Ties.Select(t => new ForecastTieDocument(t.Tie.Name, t.Tie.Home.Describe(), t.Tie.Away.Describe(),
            [.. t.Teams.Select(x => new ForecastTieTeamDocument(x.Team, x.Plays, x.Wins))]))],
        [.. stages.Destinations.Select(d => new ForecastDestinationDocument(d.Describe(), SlotText.Name(d.Kind), d.Label, d.Id))],
        [.. stages.Teams.Select(t => new ForecastDestinationTeamDocument(t.Team, [.. t.Probabilities]))],
        [.. stages.Notes]);
}

/// <summary>A ranking across groups: each team's probability of each rank (index 0 = 1st).</summary>
internal sealed record ForecastRankingDocument(string Name, int Position, IReadOnlyList<ForecastRankedTeamDocument> Teams);

/// <summary>A team of a ranking.</summary>
internal sealed record ForecastRankedTeamDocument(string Team, IReadOnlyList<double> RankProbabilities);

/// <summary>A knockout tie: its places, and each team's probability of playing it and of winning it.</summary>
internal sealed record ForecastTieDocument(string Name, string Home, string Away, IReadOnlyList<ForecastTieTeamDocument> Teams);

/// <summary>A team of a tie.</summary>
internal sealed record ForecastTieTeamDocument(string Team, double Plays, double Wins);

/// <summary>A final destination: its description, slot kind, label and id (when the definition names one).</summary>
internal sealed record ForecastDestinationDocument(string Name, string Slot, string Label, string? Id);

/// <summary>A team's probability of each destination, in the order of the document's destinations.</summary>
internal sealed record ForecastDestinationTeamDocument(string Team, IReadOnlyList<double> Probabilities);
