using Qualify.Domain.Matches;
using static Qualify.Testing.MatchBuilder;

namespace Qualify.Domain.Tests.Standings;

/// <summary>
/// Hand-made groups for criteria that no real table in <c>results.csv</c> exercises under the preset's own
/// regulations. Each carries its hand calculation; home team first, as in the dataset.
/// </summary>
internal static class HandMade
{
    /// <summary>
    /// A and B level on points, goal difference and goals; between them 3 pts each but goal difference +2 vs -2.
    /// A: 3-0 B (H), 0-1 B (A), 3-1 C (H), 1-1 C (A): W2 D1 L1, 7-3, 7 pts.
    /// B: 0-3 A (A), 1-0 A (H), 6-0 C (H), 0-0 C (A): W2 D1 L1, 7-3, 7 pts.
    /// C: 2 pts. Head-to-head A v B: A 3 pts, 3-1 (+2); B 3 pts, 1-3 (-2).
    /// </summary>
    public static IReadOnlyList<Match> HeadToHeadGoalDifferencePair { get; } =
    [
        Played("A", 3, 0, "B"),
        Played("B", 1, 0, "A"),
        Played("A", 3, 1, "C"),
        Played("C", 1, 1, "A"),
        Played("B", 6, 0, "C"),
        Played("C", 0, 0, "B"),
    ];

    /// <summary>
    /// A, B, C level on points (5), goal difference (+1) and goals (4); among themselves every match drawn
    /// (2 pts, goal difference 0 each) but goals differ: B 3 (2-2 A, 1-1 C), A 2 (2-2 B, 0-0 C), C 1 (1-1 B, 0-0 A).
    /// Against D: A 2-1, B 1-0, C 3-2, which levels the overall goals at 4-3 each. D 0 pts.
    /// </summary>
    public static IReadOnlyList<Match> HeadToHeadGoalsScoredTrio { get; } =
    [
        Played("A", 2, 2, "B"),
        Played("B", 1, 1, "C"),
        Played("C", 0, 0, "A"),
        Played("A", 2, 1, "D"),
        Played("B", 1, 0, "D"),
        Played("C", 3, 2, "D"),
    ];

    /// <summary>
    /// A and B level on everything but away goals between them. A 1-1 B (at A) and B 2-2 A (at B): head-to-head 2 pts,
    /// goal difference 0 and 3 goals each; away goals A 2, B 1. Both beat C 1-0 at home and drew 0-0 at C:
    /// W1 D3, 4-3, 6 pts each. Overall away goals A 2 (at B) + 0, B 1 (at A) + 0.
    /// </summary>
    public static IReadOnlyList<Match> HeadToHeadAwayGoalsPair { get; } =
    [
        Played("A", 1, 1, "B"),
        Played("B", 2, 2, "A"),
        Played("A", 1, 0, "C"),
        Played("C", 0, 0, "A"),
        Played("B", 1, 0, "C"),
        Played("C", 0, 0, "B"),
    ];

    /// <summary>
    /// A and B level on every criterion that matches can give: 1-1 twice between them (one away goal each), both beat C
    /// 1-0 at home and drew 0-0 at C. A and B: W1 D3 L0, 3-2, 6 pts, 1 away goal, 1 win, 0 away wins. C: 2 pts.
    /// </summary>
    public static IReadOnlyList<Match> LevelPair { get; } =
    [
        Played("A", 1, 1, "B"),
        Played("B", 1, 1, "A"),
        Played("A", 1, 0, "C"),
        Played("C", 0, 0, "A"),
        Played("B", 1, 0, "C"),
        Played("C", 0, 0, "B"),
    ];

    /// <summary>
    /// Three teams, every match drawn, each pair once 1-1 and once 2-2: 4 pts, 6-6 each overall and among themselves.
    /// Away goals differ: A 2 at B + 2 at C = 4; C 2 at B + 1 at A = 3; B 1 at A + 1 at C = 2.
    /// </summary>
    public static IReadOnlyList<Match> ThreeLevelDifferentAwayGoals { get; } =
    [
        Played("A", 1, 1, "B"),
        Played("B", 2, 2, "A"),
        Played("B", 2, 2, "C"),
        Played("C", 1, 1, "B"),
        Played("C", 2, 2, "A"),
        Played("A", 1, 1, "C"),
    ];

    /// <summary>
    /// UEFA (g), away goals in all group matches. A and B drew 1-1 twice; A drew 0-0 with C at home and won 2-1 at C;
    /// B won 2-1 at home against C and drew 0-0 at C. A and B: W1 D3, 4-3, 6 pts, 1 win each; away goals A 1 + 2 = 3,
    /// B 1 + 0 = 1. C: 2 pts.
    /// </summary>
    public static IReadOnlyList<Match> AwayGoalsPair { get; } =
    [
        Played("A", 1, 1, "B"),
        Played("B", 1, 1, "A"),
        Played("A", 0, 0, "C"),
        Played("C", 1, 2, "A"),
        Played("B", 2, 1, "C"),
        Played("C", 0, 0, "B"),
    ];

    /// <summary>
    /// UEFA (h), wins. Single round-robin of five. A and B drew 1-1 (at A). A: 2-0 at C, 0-1 v D and 0-1 v E at home:
    /// W1 D1 L2, 3-3, 4 pts, away goals 2. B: 1-1 at D, 1-1 v C at home, 0-0 at E: W0 D4, 3-3, 4 pts, away goals 1 + 1 = 2.
    /// So A and B are level on points, head-to-head, goal difference, goals and away goals; wins 1 vs 0.
    /// D (W3 D1: 10 pts) and E (W2 D1 L1: 7 pts) finish above, C (1 pt) below.
    /// </summary>
    public static IReadOnlyList<Match> WinsPair { get; } =
    [
        Played("A", 1, 1, "B"),
        Played("C", 0, 2, "A"),
        Played("A", 0, 1, "D"),
        Played("A", 0, 1, "E"),
        Played("D", 1, 1, "B"),
        Played("B", 1, 1, "C"),
        Played("E", 0, 0, "B"),
        Played("D", 1, 0, "C"),
        Played("E", 1, 0, "C"),
        Played("D", 1, 0, "E"),
    ];

    /// <summary>
    /// UEFA (i), away wins. A and B drew 1-1 twice. A won 2-1 at C and lost 1-2 at home to C; B won 1-0 at home against C
    /// and lost 2-3 at C. A and B: W1 D2 L1, 5-5, 5 pts, away goals 1 + 2 = 3, one win each; away wins A 1, B 0.
    /// C: W2 L2, 6-6, 6 pts (first).
    /// </summary>
    public static IReadOnlyList<Match> AwayWinsPair { get; } =
    [
        Played("A", 1, 1, "B"),
        Played("B", 1, 1, "A"),
        Played("C", 1, 2, "A"),
        Played("A", 1, 2, "C"),
        Played("B", 1, 0, "C"),
        Played("C", 3, 2, "B"),
    ];

    /// <summary>
    /// UEFA re-application, double round-robin of four. A, B and C finish on 10 pts; D on 4.
    /// Mini-league of A, B, C: A 1-0 B, B 0-2 A, C 1-0 A, A 2-0 C, B 1-0 C, C 1-1 B:
    /// A 9 pts (5-1), B 4 pts (2-4, -2), C 4 pts (2-4, -2). A is separated; B and C are level on all of (a)-(c).
    /// Re-applied to B and C's own matches (1-0, 1-1): B 4 pts, C 1 pt, so B is above C.
    /// Against D: A 0-0 and 0-1 (1 pt), B 1-0 twice, C 3-0 twice; overall goal difference A +3, B 0, C +4,
    /// so without re-application criterion (e) would put C above B.
    /// </summary>
    public static IReadOnlyList<Match> UefaReapplication { get; } =
    [
        Played("A", 1, 0, "B"),
        Played("B", 0, 2, "A"),
        Played("C", 1, 0, "A"),
        Played("A", 2, 0, "C"),
        Played("B", 1, 0, "C"),
        Played("C", 1, 1, "B"),
        Played("A", 0, 0, "D"),
        Played("D", 1, 0, "A"),
        Played("B", 1, 0, "D"),
        Played("D", 0, 1, "B"),
        Played("C", 3, 0, "D"),
        Played("D", 0, 3, "C"),
    ];

    /// <summary>
    /// FIFA 2026 re-application: the same mini-league of A, B and C as <see cref="UefaReapplication"/> (A 9 pts;
    /// B and C 4 pts, 2-4 each; B 4 pts to C's 1 in their own matches), with results against D chosen so that A, B and C
    /// are also level overall: A 0-0 and 0-3 against D, B and C 2-0 and 1-0. All three: 10 pts, 5-4.
    /// </summary>
    public static IReadOnlyList<Match> Fifa2026Reapplication { get; } =
    [
        Played("A", 1, 0, "B"),
        Played("B", 0, 2, "A"),
        Played("C", 1, 0, "A"),
        Played("A", 2, 0, "C"),
        Played("B", 1, 0, "C"),
        Played("C", 1, 1, "B"),
        Played("A", 0, 0, "D"),
        Played("D", 3, 0, "A"),
        Played("B", 2, 0, "D"),
        Played("D", 0, 1, "B"),
        Played("C", 2, 0, "D"),
        Played("D", 0, 1, "C"),
    ];
}
