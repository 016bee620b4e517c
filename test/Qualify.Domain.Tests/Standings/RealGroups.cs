using Qualify.Domain.Matches;
using static Qualify.Testing.MatchBuilder;

namespace Qualify.Domain.Tests.Standings;

/// <summary>
/// Real groups, written out from the international results dataset (<c>results.csv</c>: the team names are the
/// dataset's current names, so the Soviet Union is "Russia"). Each group's final table, as published by the
/// organiser at the time, is cited on the property; the tests assert what that table shows.
/// </summary>
internal static class RealGroups
{
    /// <summary>
    /// FIFA World Cup 2022 qualification, CONCACAF first round, Group C (March and June 2021), single round-robin.
    /// Published final table: Curaçao 10 pts (15-1), Guatemala 10 (14-0), Cuba 6, Saint Vincent and the Grenadines 3,
    /// British Virgin Islands 0; Curaçao advanced ahead of Guatemala on goals scored (both +14).
    /// </summary>
    public static IReadOnlyList<Match> Concacaf2022FirstRoundGroupC { get; } =
    [
        Played("2021-03-24", "Guatemala", 1, 0, "Cuba"),
        Played("2021-03-25", "Curaçao", 5, 0, "Saint Vincent and the Grenadines"),
        Played("2021-03-27", "British Virgin Islands", 0, 3, "Guatemala"),
        Played("2021-03-28", "Cuba", 1, 2, "Curaçao"),
        Played("2021-03-30", "Saint Vincent and the Grenadines", 3, 0, "British Virgin Islands"),
        Played("2021-06-02", "Cuba", 5, 0, "British Virgin Islands"),
        Played("2021-06-04", "Guatemala", 10, 0, "Saint Vincent and the Grenadines"),
        Played("2021-06-05", "British Virgin Islands", 0, 8, "Curaçao"),
        Played("2021-06-08", "Saint Vincent and the Grenadines", 0, 1, "Cuba"),
        Played("2021-06-08", "Curaçao", 0, 0, "Guatemala"),
    ];

    /// <summary>
    /// 1994 FIFA World Cup, Group E. Published final table: all four teams on 4 points with goal difference 0;
    /// Mexico (3 goals) first; Republic of Ireland (2) above Italy (2) on their match (Ireland won 1-0); Norway (1) last.
    /// </summary>
    public static IReadOnlyList<Match> WorldCup1994GroupE { get; } =
    [
        Played("1994-06-18", "Italy", 0, 1, "Republic of Ireland", "FIFA World Cup"),
        Played("1994-06-19", "Norway", 1, 0, "Mexico", "FIFA World Cup"),
        Played("1994-06-23", "Italy", 1, 0, "Norway", "FIFA World Cup"),
        Played("1994-06-24", "Mexico", 2, 1, "Republic of Ireland", "FIFA World Cup"),
        Played("1994-06-28", "Republic of Ireland", 0, 0, "Norway", "FIFA World Cup"),
        Played("1994-06-28", "Italy", 1, 1, "Mexico", "FIFA World Cup"),
    ];

    /// <summary>
    /// 1994 FIFA World Cup, Group F. Published final table: Netherlands 6 pts (4-3), Saudi Arabia 6 (4-3),
    /// Belgium 6 (2-1), Morocco 0. Belgium third on goals scored; the Netherlands above Saudi Arabia on their match (2-1).
    /// </summary>
    public static IReadOnlyList<Match> WorldCup1994GroupF { get; } =
    [
        Played("1994-06-19", "Belgium", 1, 0, "Morocco", "FIFA World Cup"),
        Played("1994-06-20", "Netherlands", 2, 1, "Saudi Arabia", "FIFA World Cup"),
        Played("1994-06-25", "Belgium", 1, 0, "Netherlands", "FIFA World Cup"),
        Played("1994-06-25", "Saudi Arabia", 2, 1, "Morocco", "FIFA World Cup"),
        Played("1994-06-29", "Belgium", 0, 1, "Saudi Arabia", "FIFA World Cup"),
        Played("1994-06-29", "Morocco", 1, 2, "Netherlands", "FIFA World Cup"),
    ];

    /// <summary>
    /// FIFA World Cup 2026 qualification, AFC second round, Group C (Nov 2023 - Jun 2024). Published final table:
    /// South Korea 16, China 8 (9-9), Thailand 8 (9-9), Singapore 1; China advanced on the head-to-head record
    /// (2-1 away, 1-1 at home).
    /// </summary>
    public static IReadOnlyList<Match> Afc2026SecondRoundGroupC { get; } =
    [
        Played("2023-11-16", "Thailand", 1, 2, "China"),
        Played("2023-11-16", "South Korea", 5, 0, "Singapore"),
        Played("2023-11-21", "China", 0, 3, "South Korea"),
        Played("2023-11-21", "Singapore", 1, 3, "Thailand"),
        Played("2024-03-21", "South Korea", 1, 1, "Thailand"),
        Played("2024-03-21", "Singapore", 2, 2, "China"),
        Played("2024-03-26", "Thailand", 0, 3, "South Korea"),
        Played("2024-03-26", "China", 4, 1, "Singapore"),
        Played("2024-06-06", "China", 1, 1, "Thailand"),
        Played("2024-06-06", "Singapore", 0, 7, "South Korea"),
        Played("2024-06-11", "Thailand", 3, 1, "Singapore"),
        Played("2024-06-11", "South Korea", 1, 0, "China"),
    ];

    /// <summary>
    /// 2018 FIFA World Cup, Group H. Published final table: Colombia 6, Japan 4 (4-4), Senegal 4 (4-4), Poland 3.
    /// Japan and Senegal were level on every criterion including their 2-2 draw; FIFA ranked Japan second on fair-play
    /// points: Japan -4, Senegal -6 (FIFA, 28 June 2018; regulations of the 2018 final competition, art. 32.5 (g)).
    /// </summary>
    public static IReadOnlyList<Match> WorldCup2018GroupH { get; } =
    [
        Played("2018-06-19", "Colombia", 1, 2, "Japan", "FIFA World Cup"),
        Played("2018-06-19", "Poland", 1, 2, "Senegal", "FIFA World Cup"),
        Played("2018-06-24", "Japan", 2, 2, "Senegal", "FIFA World Cup"),
        Played("2018-06-24", "Poland", 0, 3, "Colombia", "FIFA World Cup"),
        Played("2018-06-28", "Japan", 0, 1, "Poland", "FIFA World Cup"),
        Played("2018-06-28", "Senegal", 0, 1, "Colombia", "FIFA World Cup"),
    ];

    /// <summary>
    /// FIFA World Cup 2026 qualification, CONMEBOL (Sep 2023 - Sep 2025), double round-robin of ten teams. Published
    /// final table: Argentina 38, Ecuador 29 (32 won on the pitch, less the 3-point deduction imposed by the Court of
    /// Arbitration for Sport in November 2022), Colombia 28 (+10, 28 goals), Uruguay 28 (+10, 22 goals), Brazil 28 (+7),
    /// Paraguay 28 (+4), Bolivia 20, Venezuela 18, Peru 12, Chile 11.
    /// </summary>
    public static IReadOnlyList<Match> Conmebol2026 { get; } =
    [
        Played("2023-09-07", "Colombia", 1, 0, "Venezuela"),
        Played("2023-09-07", "Paraguay", 0, 0, "Peru"),
        Played("2023-09-07", "Argentina", 1, 0, "Ecuador"),
        Played("2023-09-08", "Uruguay", 3, 1, "Chile"),
        Played("2023-09-08", "Brazil", 5, 1, "Bolivia"),
        Played("2023-09-12", "Bolivia", 0, 3, "Argentina"),
        Played("2023-09-12", "Ecuador", 2, 1, "Uruguay"),
        Played("2023-09-12", "Venezuela", 1, 0, "Paraguay"),
        Played("2023-09-12", "Peru", 0, 1, "Brazil"),
        Played("2023-09-12", "Chile", 0, 0, "Colombia"),
        Played("2023-10-12", "Colombia", 2, 2, "Uruguay"),
        Played("2023-10-12", "Bolivia", 1, 2, "Ecuador"),
        Played("2023-10-12", "Argentina", 1, 0, "Paraguay"),
        Played("2023-10-12", "Brazil", 1, 1, "Venezuela"),
        Played("2023-10-12", "Chile", 2, 0, "Peru"),
        Played("2023-10-17", "Venezuela", 3, 0, "Chile"),
        Played("2023-10-17", "Ecuador", 0, 0, "Colombia"),
        Played("2023-10-17", "Paraguay", 1, 0, "Bolivia"),
        Played("2023-10-17", "Peru", 0, 2, "Argentina"),
        Played("2023-10-17", "Uruguay", 2, 0, "Brazil"),
        Played("2023-11-16", "Bolivia", 2, 0, "Peru"),
        Played("2023-11-16", "Venezuela", 0, 0, "Ecuador"),
        Played("2023-11-16", "Colombia", 2, 1, "Brazil"),
        Played("2023-11-16", "Argentina", 0, 2, "Uruguay"),
        Played("2023-11-16", "Chile", 0, 0, "Paraguay"),
        Played("2023-11-21", "Ecuador", 1, 0, "Chile"),
        Played("2023-11-21", "Paraguay", 0, 1, "Colombia"),
        Played("2023-11-21", "Uruguay", 3, 0, "Bolivia"),
        Played("2023-11-21", "Peru", 1, 1, "Venezuela"),
        Played("2023-11-21", "Brazil", 0, 1, "Argentina"),
        Played("2024-09-05", "Bolivia", 4, 0, "Venezuela"),
        Played("2024-09-05", "Argentina", 3, 0, "Chile"),
        Played("2024-09-06", "Peru", 1, 1, "Colombia"),
        Played("2024-09-06", "Uruguay", 0, 0, "Paraguay"),
        Played("2024-09-06", "Brazil", 1, 0, "Ecuador"),
        Played("2024-09-10", "Colombia", 2, 1, "Argentina"),
        Played("2024-09-10", "Ecuador", 1, 0, "Peru"),
        Played("2024-09-10", "Chile", 1, 2, "Bolivia"),
        Played("2024-09-10", "Venezuela", 0, 0, "Uruguay"),
        Played("2024-09-10", "Paraguay", 1, 0, "Brazil"),
        Played("2024-10-10", "Bolivia", 1, 0, "Colombia"),
        Played("2024-10-10", "Ecuador", 0, 0, "Paraguay"),
        Played("2024-10-10", "Venezuela", 1, 1, "Argentina"),
        Played("2024-10-10", "Chile", 1, 2, "Brazil"),
        Played("2024-10-11", "Peru", 1, 0, "Uruguay"),
        Played("2024-10-15", "Colombia", 4, 0, "Chile"),
        Played("2024-10-15", "Paraguay", 2, 1, "Venezuela"),
        Played("2024-10-15", "Uruguay", 0, 0, "Ecuador"),
        Played("2024-10-15", "Argentina", 6, 0, "Bolivia"),
        Played("2024-10-15", "Brazil", 4, 0, "Peru"),
        Played("2024-11-14", "Venezuela", 1, 1, "Brazil"),
        Played("2024-11-14", "Ecuador", 4, 0, "Bolivia"),
        Played("2024-11-14", "Paraguay", 2, 1, "Argentina"),
        Played("2024-11-15", "Peru", 0, 0, "Chile"),
        Played("2024-11-15", "Uruguay", 3, 2, "Colombia"),
        Played("2024-11-19", "Bolivia", 2, 2, "Paraguay"),
        Played("2024-11-19", "Colombia", 0, 1, "Ecuador"),
        Played("2024-11-19", "Argentina", 1, 0, "Peru"),
        Played("2024-11-19", "Chile", 4, 2, "Venezuela"),
        Played("2024-11-19", "Brazil", 1, 1, "Uruguay"),
        Played("2025-03-20", "Paraguay", 1, 0, "Chile"),
        Played("2025-03-20", "Peru", 3, 1, "Bolivia"),
        Played("2025-03-20", "Brazil", 2, 1, "Colombia"),
        Played("2025-03-21", "Ecuador", 2, 1, "Venezuela"),
        Played("2025-03-21", "Uruguay", 0, 1, "Argentina"),
        Played("2025-03-25", "Bolivia", 0, 0, "Uruguay"),
        Played("2025-03-25", "Colombia", 2, 2, "Paraguay"),
        Played("2025-03-25", "Venezuela", 1, 0, "Peru"),
        Played("2025-03-25", "Argentina", 4, 1, "Brazil"),
        Played("2025-03-25", "Chile", 0, 0, "Ecuador"),
        Played("2025-06-05", "Ecuador", 0, 0, "Brazil"),
        Played("2025-06-05", "Paraguay", 2, 0, "Uruguay"),
        Played("2025-06-05", "Chile", 0, 1, "Argentina"),
        Played("2025-06-06", "Colombia", 0, 0, "Peru"),
        Played("2025-06-06", "Venezuela", 2, 0, "Bolivia"),
        Played("2025-06-10", "Bolivia", 2, 0, "Chile"),
        Played("2025-06-10", "Uruguay", 2, 0, "Venezuela"),
        Played("2025-06-10", "Peru", 0, 0, "Ecuador"),
        Played("2025-06-10", "Argentina", 1, 1, "Colombia"),
        Played("2025-06-10", "Brazil", 1, 0, "Paraguay"),
        Played("2025-09-04", "Colombia", 3, 0, "Bolivia"),
        Played("2025-09-04", "Argentina", 3, 0, "Venezuela"),
        Played("2025-09-04", "Paraguay", 0, 0, "Ecuador"),
        Played("2025-09-04", "Uruguay", 3, 0, "Peru"),
        Played("2025-09-04", "Brazil", 3, 0, "Chile"),
        Played("2025-09-09", "Ecuador", 1, 0, "Argentina"),
        Played("2025-09-09", "Peru", 0, 1, "Paraguay"),
        Played("2025-09-09", "Bolivia", 1, 0, "Brazil"),
        Played("2025-09-09", "Venezuela", 3, 6, "Colombia"),
        Played("2025-09-09", "Chile", 0, 0, "Uruguay"),
    ];

    /// <summary>
    /// UEFA Euro 2020 (played 2021), Group B. Published final table: Belgium 9, Denmark 3, Finland 3, Russia 3; the
    /// three teams on 3 points ranked by goal difference in the matches among them: Denmark +2, Finland 0, Russia -2.
    /// </summary>
    public static IReadOnlyList<Match> Euro2020GroupB { get; } =
    [
        Played("2021-06-12", "Denmark", 0, 1, "Finland", "UEFA Euro"),
        Played("2021-06-12", "Russia", 0, 3, "Belgium", "UEFA Euro"),
        Played("2021-06-16", "Russia", 1, 0, "Finland", "UEFA Euro"),
        Played("2021-06-17", "Denmark", 1, 2, "Belgium", "UEFA Euro"),
        Played("2021-06-21", "Denmark", 4, 1, "Russia", "UEFA Euro"),
        Played("2021-06-21", "Finland", 0, 2, "Belgium", "UEFA Euro"),
    ];

    /// <summary>
    /// UEFA Euro 2004, Group C. Published final table: Sweden 5, Denmark 5, Italy 5, Bulgaria 0; the three teams on
    /// 5 points drew every match among them and ranked by goals scored in those matches: Sweden 3, Denmark 2, Italy 1.
    /// </summary>
    public static IReadOnlyList<Match> Euro2004GroupC { get; } =
    [
        Played("2004-06-14", "Denmark", 0, 0, "Italy", "UEFA Euro"),
        Played("2004-06-14", "Sweden", 5, 0, "Bulgaria", "UEFA Euro"),
        Played("2004-06-18", "Bulgaria", 0, 2, "Denmark", "UEFA Euro"),
        Played("2004-06-18", "Italy", 1, 1, "Sweden", "UEFA Euro"),
        Played("2004-06-22", "Denmark", 2, 2, "Sweden", "UEFA Euro"),
        Played("2004-06-22", "Italy", 2, 1, "Bulgaria", "UEFA Euro"),
    ];

    /// <summary>
    /// UEFA Euro 2024, Group E. Published final table: all four teams on 4 points: Romania (4-3), Belgium (2-1),
    /// Slovakia (3-3), Ukraine (2-4); the matches among the teams in question are all the group's matches, so goal
    /// difference and then goals scored in them decided the order, Romania ahead of Belgium on goals scored.
    /// </summary>
    public static IReadOnlyList<Match> Euro2024GroupE { get; } =
    [
        Played("2024-06-17", "Romania", 3, 0, "Ukraine", "UEFA Euro"),
        Played("2024-06-17", "Belgium", 0, 1, "Slovakia", "UEFA Euro"),
        Played("2024-06-21", "Slovakia", 1, 2, "Ukraine", "UEFA Euro"),
        Played("2024-06-22", "Belgium", 2, 0, "Romania", "UEFA Euro"),
        Played("2024-06-26", "Slovakia", 1, 1, "Romania", "UEFA Euro"),
        Played("2024-06-26", "Ukraine", 0, 0, "Belgium", "UEFA Euro"),
    ];

    /// <summary>
    /// UEFA Euro 2016, Group C. Published final table: Germany 7 (3-0), Poland 7 (2-0), Northern Ireland 3, Ukraine 0;
    /// Germany and Poland drew 0-0, and Germany won the group on overall goal difference.
    /// </summary>
    public static IReadOnlyList<Match> Euro2016GroupC { get; } =
    [
        Played("2016-06-12", "Germany", 2, 0, "Ukraine", "UEFA Euro"),
        Played("2016-06-12", "Poland", 1, 0, "Northern Ireland", "UEFA Euro"),
        Played("2016-06-16", "Germany", 0, 0, "Poland", "UEFA Euro"),
        Played("2016-06-16", "Ukraine", 0, 2, "Northern Ireland", "UEFA Euro"),
        Played("2016-06-21", "Northern Ireland", 0, 1, "Germany", "UEFA Euro"),
        Played("2016-06-21", "Ukraine", 0, 1, "Poland", "UEFA Euro"),
    ];

    /// <summary>
    /// UEFA Euro 2020 (played 2021), Group D. Published final table: England 7, Croatia 4 (4-3), Czech Republic 4 (3-2),
    /// Scotland 1; Croatia and the Czech Republic drew 1-1 and Croatia was second on goals scored.
    /// </summary>
    public static IReadOnlyList<Match> Euro2020GroupD { get; } =
    [
        Played("2021-06-13", "England", 1, 0, "Croatia", "UEFA Euro"),
        Played("2021-06-14", "Scotland", 0, 2, "Czech Republic", "UEFA Euro"),
        Played("2021-06-18", "Croatia", 1, 1, "Czech Republic", "UEFA Euro"),
        Played("2021-06-18", "England", 0, 0, "Scotland", "UEFA Euro"),
        Played("2021-06-22", "Scotland", 1, 3, "Croatia", "UEFA Euro"),
        Played("2021-06-22", "England", 1, 0, "Czech Republic", "UEFA Euro"),
    ];

    /// <summary>
    /// UEFA Euro 2020 (played 2021), Group F. Published final table: France 5, Germany 4, Portugal 4, Hungary 2;
    /// Germany second on their match against Portugal (4-2).
    /// </summary>
    public static IReadOnlyList<Match> Euro2020GroupF { get; } =
    [
        Played("2021-06-15", "Hungary", 0, 3, "Portugal", "UEFA Euro"),
        Played("2021-06-15", "Germany", 0, 1, "France", "UEFA Euro"),
        Played("2021-06-19", "Hungary", 1, 1, "France", "UEFA Euro"),
        Played("2021-06-19", "Germany", 4, 2, "Portugal", "UEFA Euro"),
        Played("2021-06-23", "Germany", 2, 2, "Hungary", "UEFA Euro"),
        Played("2021-06-23", "Portugal", 2, 2, "France", "UEFA Euro"),
    ];

    /// <summary>
    /// 1990 FIFA World Cup, Group F (two points for a win). Published final table: England 4, Republic of Ireland 3,
    /// Netherlands 3, Egypt 2; Ireland and the Netherlands were level on points, goal difference (0) and goals (2),
    /// and FIFA drew lots for second place.
    /// </summary>
    public static IReadOnlyList<Match> WorldCup1990GroupF { get; } =
    [
        Played("1990-06-11", "England", 1, 1, "Republic of Ireland", "FIFA World Cup"),
        Played("1990-06-12", "Netherlands", 1, 1, "Egypt", "FIFA World Cup"),
        Played("1990-06-16", "England", 0, 0, "Netherlands", "FIFA World Cup"),
        Played("1990-06-17", "Republic of Ireland", 0, 0, "Egypt", "FIFA World Cup"),
        Played("1990-06-21", "England", 1, 0, "Egypt", "FIFA World Cup"),
        Played("1990-06-21", "Republic of Ireland", 1, 1, "Netherlands", "FIFA World Cup"),
    ];

    /// <summary>
    /// 1990 FIFA World Cup, Group B (two points for a win). Published final table: Cameroon 4, Romania 3 (4-3),
    /// Argentina 3 (3-2), Soviet Union 2; Romania second on goals scored.
    /// </summary>
    public static IReadOnlyList<Match> WorldCup1990GroupB { get; } =
    [
        Played("1990-06-08", "Argentina", 0, 1, "Cameroon", "FIFA World Cup"),
        Played("1990-06-09", "Russia", 0, 2, "Romania", "FIFA World Cup"),
        Played("1990-06-13", "Argentina", 2, 0, "Russia", "FIFA World Cup"),
        Played("1990-06-14", "Cameroon", 2, 1, "Romania", "FIFA World Cup"),
        Played("1990-06-18", "Argentina", 1, 1, "Romania", "FIFA World Cup"),
        Played("1990-06-18", "Cameroon", 0, 4, "Russia", "FIFA World Cup"),
    ];

    /// <summary>
    /// 1986 FIFA World Cup, Group F (two points for a win). Published final table: Morocco 4, England 3 (3-1),
    /// Poland 3 (1-3), Portugal 2; England second on goal difference.
    /// </summary>
    public static IReadOnlyList<Match> WorldCup1986GroupF { get; } =
    [
        Played("1986-06-02", "Morocco", 0, 0, "Poland", "FIFA World Cup"),
        Played("1986-06-03", "Portugal", 1, 0, "England", "FIFA World Cup"),
        Played("1986-06-06", "England", 0, 0, "Morocco", "FIFA World Cup"),
        Played("1986-06-07", "Poland", 1, 0, "Portugal", "FIFA World Cup"),
        Played("1986-06-11", "England", 3, 0, "Poland", "FIFA World Cup"),
        Played("1986-06-11", "Portugal", 1, 3, "Morocco", "FIFA World Cup"),
    ];

    /// <summary>
    /// CONCACAF Gold Cup 2002, Group D: Canada, Haiti and Ecuador each won one match 2-0 and lost one 0-2, so they were
    /// level on points (3), goal difference (0), goals (2) and every head-to-head figure; the order was drawn by lots.
    /// </summary>
    public static IReadOnlyList<Match> GoldCup2002GroupD { get; } =
    [
        Played("2002-01-18", "Haiti", 0, 2, "Canada", "Gold Cup"),
        Played("2002-01-20", "Ecuador", 0, 2, "Haiti", "Gold Cup"),
        Played("2002-01-22", "Canada", 0, 2, "Ecuador", "Gold Cup"),
    ];
}
