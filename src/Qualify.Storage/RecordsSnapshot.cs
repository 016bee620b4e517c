using System.Buffers.Binary;
using System.Text;

namespace Qualify.Storage;

/// <summary>
/// The format of <see cref="Entities.RecordsSnapshotEntity.Data"/>: every match's key, date, teams and score in report
/// order (date, then home team, then away team, ordinal names), then every goal's match, team, scorer and flags.
/// Little-endian: format (int32, 1); match count, then per match id, day number (<see cref="DateOnly.DayNumber"/>),
/// home key, away key (int32 each) and home and away goals (int16 each); scorer count, then each scorer as a UTF-8
/// byte count (int32) and bytes; goal count, then per goal match key, team key, scorer index or −1 (int32 each) and
/// flags (a byte: 1 own goal, 2 penalty).
/// </summary>
internal static class RecordsSnapshot
{
    /// <summary>The format written.</summary>
    public const int Format = 1;

    private const int MatchBytes = 20;
    private const int GoalBytes = 13;

    /// <summary>Encodes <paramref name="scores"/> (in report order) and <paramref name="goals"/>.</summary>
    public static byte[] Encode(IReadOnlyList<ScoreRow> scores, IReadOnlyList<GoalFact> goals)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(goals);
        var scorers = new List<string>();
        var scorerIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var goal in goals)
        {
            if (goal.Scorer is { } name && !scorerIndex.ContainsKey(name))
            {
                scorerIndex[name] = scorers.Count;
                scorers.Add(name);
            }
        }

        using var stream = new MemoryStream((scores.Count * MatchBytes) + (goals.Count * GoalBytes) + (scorers.Count * 24) + 16);
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Format);
            writer.Write(scores.Count);
            foreach (var s in scores)
            {
                writer.Write(s.Id);
                writer.Write(s.Date.DayNumber);
                writer.Write(s.Home);
                writer.Write(s.Away);
                writer.Write(checked((short)s.HomeGoals));
                writer.Write(checked((short)s.AwayGoals));
            }

            writer.Write(scorers.Count);
            foreach (var name in scorers)
            {
                var bytes = Encoding.UTF8.GetBytes(name);
                writer.Write(bytes.Length);
                writer.Write(bytes);
            }

            writer.Write(goals.Count);
            foreach (var g in goals)
            {
                writer.Write(g.MatchId);
                writer.Write(g.TeamId);
                writer.Write(g.Scorer is { } name ? scorerIndex[name] : -1);
                writer.Write((byte)((g.OwnGoal ? 1 : 0) | (g.Penalty ? 2 : 0)));
            }
        }

        return stream.ToArray();
    }

    /// <summary>Decodes a snapshot: the scores in report order and the goals in the order written.</summary>
    /// <exception cref="InvalidDataException">The data is not a snapshot of this format.</exception>
    public static (ScoreRow[] Scores, GoalFact[] Goals) Decode(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var at = 0;
        int Int32()
        {
            var value = at + 4 <= data.Length ? BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(at)) : throw Truncated();
            at += 4;
            return value;
        }

        short Int16()
        {
            var value = at + 2 <= data.Length ? BinaryPrimitives.ReadInt16LittleEndian(data.AsSpan(at)) : throw Truncated();
            at += 2;
            return value;
        }

        if (Int32() is var format && format != Format)
        {
            throw new InvalidDataException($"records snapshot format {format}, expected {Format}");
        }

        var scores = new ScoreRow[Count(Int32(), MatchBytes)];
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = new ScoreRow(Int32(), DateOnly.FromDayNumber(Int32()), Int32(), Int32(), Int16(), Int16());
        }

        var scorers = new string[Count(Int32(), 4)];
        for (var i = 0; i < scorers.Length; i++)
        {
            var length = Count(Int32(), 1);
            scorers[i] = Encoding.UTF8.GetString(data, at, length);
            at += length;
        }

        var goals = new GoalFact[Count(Int32(), GoalBytes)];
        for (var i = 0; i < goals.Length; i++)
        {
            var (match, team, scorer) = (Int32(), Int32(), Int32());
            var flags = at < data.Length ? data[at++] : throw Truncated();
            goals[i] = new GoalFact(match, team, scorer < 0 ? null : scorers[scorer], (flags & 1) != 0, (flags & 2) != 0);
        }

        return at == data.Length ? (scores, goals) : throw new InvalidDataException($"records snapshot has {data.Length - at} bytes after its goals");

        int Count(int count, int bytesEach) =>
            count >= 0 && (long)count * bytesEach <= data.Length - at ? count : throw Truncated();
    }

    private static InvalidDataException Truncated() => new("records snapshot is truncated");
}
