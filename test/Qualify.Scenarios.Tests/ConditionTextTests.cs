using Qualify.Domain.Matches;

namespace Qualify.Scenarios.Tests;

/// <summary>Conditions in words (the wording is the README's).</summary>
public sealed class ConditionTextTests
{
    [Theory]
    [InlineData(1, null, "they beat Jamaica")]
    [InlineData(2, null, "they beat Jamaica by 2 goals or more")]
    [InlineData(1, 1, "they beat Jamaica by exactly one goal")]
    [InlineData(1, 3, "they beat Jamaica by at most 3 goals")]
    [InlineData(2, 3, "they beat Jamaica by 2 to 3 goals")]
    [InlineData(0, 0, "they draw with Jamaica")]
    [InlineData(null, -1, "they lose to Jamaica")]
    [InlineData(null, -6, "they lose to Jamaica by 6 goals or more")]
    [InlineData(-5, -1, "they lose to Jamaica by at most 5 goals")]
    [InlineData(0, null, "they do not lose to Jamaica")]
    [InlineData(null, 0, "they do not beat Jamaica")]
    [InlineData(-5, null, "they do not lose to Jamaica by 6 goals or more")]
    [InlineData(null, 5, "they do not beat Jamaica by 6 goals or more")]
    [InlineData(-1, 2, "they do not lose to Jamaica by 2 goals or more and do not beat them by 3 goals or more")]
    public void Phrase_MarginRange_ReadsFromTheSubjectsSide(int? lo, int? hi, string expected) =>
        Assert.Equal(expected, ConditionText.Phrase("they", "Jamaica", lo, hi));

    private static readonly Match[] Matchday =
    [
        new(new DateOnly(2022, 3, 27), "El Salvador", "Costa Rica", null, "x", "y", "z", false),
        new(new DateOnly(2022, 3, 27), "Canada", "Jamaica", null, "x", "y", "z", false),
    ];

    /// <summary>Positions on 26 March 2022: Canada 1st, Costa Rica 4th, El Salvador 6th, Jamaica 7th.</summary>
    private static readonly Dictionary<string, int> Positions = new()
    {
        ["Canada"] = 1, ["Costa Rica"] = 4, ["El Salvador"] = 6, ["Jamaica"] = 7,
    };

    /// <summary>
    /// The issue's example: the team's own match from its side ("they"), the other match from the side of the team placed
    /// higher now (Costa Rica, 4th, over El Salvador, 6th); El Salvador v Costa Rica "not an away win" is goal difference
    /// 0 or more, from Costa Rica's side 0 or less: "do not beat".
    /// </summary>
    [Fact]
    public void Sentence_IssueExample_OwnMatchFirstRivalFromItsSide()
    {
        ConditionTerm[] terms =
        [
            new([new ResultLiteral(1, 1, null)]),
            new([new ResultLiteral(1, 0, 0), new ResultLiteral(0, 0, null)]),
        ];

        var text = ConditionText.Sentence("Canada", "qualified", 1, 3, Settlement.Clinch, terms, Matchday, Positions);

        Assert.Equal("Canada clinch qualification (1st-3rd) if they beat Jamaica, or they draw with Jamaica and Costa Rica do not beat El Salvador", text);
    }

    [Fact]
    public void Sentence_EliminationFromPlayoffOrBetter_NamesThePositions()
    {
        var text = ConditionText.Sentence("Jamaica", "playoffOrBetter", 1, 4, Settlement.Eliminate, [new([new ResultLiteral(1, 1, null)])], Matchday, Positions);

        Assert.Equal("Jamaica can no longer reach the play-off place or better (1st-4th) if they lose to Canada", text);
    }

    /// <summary>
    /// Two slots of one kind carry their positions in their names (the 2026 World Cup's "advanced1-2" and "advanced3");
    /// the sentence names the kind in words and gives the positions once.
    /// </summary>
    [Fact]
    public void Sentence_SlotNamedWithItsPositions_NamesTheKindInWords()
    {
        var clinch = ConditionText.Sentence("Canada", "advanced1-2", 1, 2, Settlement.Clinch, [new([new ResultLiteral(1, 1, null)])], Matchday, Positions);
        var reach = ConditionText.Sentence("Jamaica", "advanced3OrBetter", 1, 3, Settlement.Eliminate, [new([new ResultLiteral(1, 1, null)])], Matchday, Positions);

        Assert.StartsWith("Canada clinch a place in the next round (1st-2nd) if", clinch, StringComparison.Ordinal);
        Assert.StartsWith("Jamaica can no longer reach a place in the next round or better (1st-3rd) if", reach, StringComparison.Ordinal);
    }
}
