namespace Qualify.Storage.Tests;

/// <summary>The records snapshot's format (<see cref="RecordsSnapshot"/>): what is written is read back, and damage is refused.</summary>
public sealed class RecordsSnapshotTests
{
    private static readonly ScoreRow[] Scores =
    [
        new(7, new DateOnly(1872, 11, 30), 2, 1, 0, 0),
        new(3, new DateOnly(2021, 11, 16), 1, 2, 2, 1),
    ];

    private static readonly GoalFact[] Goals =
    [
        new(3, 1, "Cyle Larin", OwnGoal: false, Penalty: true),
        new(3, 2, null, OwnGoal: false, Penalty: false),
        new(3, 1, "Cyle Larin", OwnGoal: false, Penalty: false),
        new(3, 2, "Ñandú Pérez", OwnGoal: true, Penalty: false),
    ];

    [Fact]
    public void Decode_Encoded_SameScoresInOrder()
    {
        var (scores, _) = RecordsSnapshot.Decode(RecordsSnapshot.Encode(Scores, Goals));

        Assert.Equal(Scores, scores);
    }

    [Fact]
    public void Decode_Encoded_SameGoalsWithNamesAndFlags()
    {
        var (_, goals) = RecordsSnapshot.Decode(RecordsSnapshot.Encode(Scores, Goals));

        Assert.Equal(Goals, goals);
    }

    [Fact]
    public void Decode_Truncated_ThrowsInvalidData()
    {
        var data = RecordsSnapshot.Encode(Scores, Goals);

        Assert.Throws<InvalidDataException>(() => RecordsSnapshot.Decode(data[..^1]));
    }

    [Fact]
    public void Decode_OtherFormat_ThrowsInvalidData()
    {
        var data = RecordsSnapshot.Encode(Scores, Goals);
        data[0] = 2;

        var error = Assert.Throws<InvalidDataException>(() => RecordsSnapshot.Decode(data));

        Assert.Contains("format 2", error.Message, StringComparison.Ordinal);
    }
}
