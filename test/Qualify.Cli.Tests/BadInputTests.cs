using System.Text.RegularExpressions;
using Qualify.Testing;

namespace Qualify.Cli.Tests;

/// <summary>
/// Bad input across every command (issue 11, finding 7): each is a one-line <c>error:</c> on standard error with exit
/// code 2, never the catch-all for bugs, and never a parser's internals (a .NET type name, a parameter name, the
/// parser's placeholder for a missing value).
/// </summary>
[Collection(ImportedStoreCollection.Name)]
public sealed partial class BadInputTests(ImportedStoreFixture store)
{
    /// <summary>Bad inputs that need no history store (run with an empty one).</summary>
    public static TheoryData<string[]> Offline => new()
    {
        // Dates: impossible, malformed, empty, missing.
        { ["table", "concacaf-2022", "--as-of", "2021-02-30"] },
        { ["table", "concacaf-2022", "--as-of", "21-11-17"] },
        { ["table", "concacaf-2022", "--as-of", ""] },
        { ["table", "concacaf-2022", "--as-of"] },
        { ["forecast", "concacaf-2022", "--as-of", "--sims", "100"] },
        { ["scenarios", "concacaf-2022", "--as-of", "2022-13-01"] },
        { ["evaluate", "--from", "2021-02-29"] },
        { ["evaluate", "--from", "2022-01-01", "--to", "2021-01-01"] },
        { ["h2h", "Canada", "Mexico", "--before", "31/12/2021"] },
        { ["team", "Canada", "--before", "2021-04-31"] },
        { ["records", "--before", "tomorrow"] },
        { ["ratings", "--as-of", "2021-11-31"] },

        // Numbers: non-numeric, out of range, overflowing, empty.
        { ["forecast", "concacaf-2022", "--seed", "abc"] },
        { ["forecast", "concacaf-2022", "--seed", "-1"] },
        { ["forecast", "concacaf-2022", "--sims", "0"] },
        { ["forecast", "concacaf-2022", "--sims", "10000001"] },
        { ["forecast", "concacaf-2022", "--sims", "1e5"] },
        { ["forecast", "concacaf-2022", "--sims", "99999999999999999999"] },
        { ["forecast", "concacaf-2022", "--sims", ""] },
        { ["scenarios", "concacaf-2022", "--max-goals", "abc"] },
        { ["scenarios", "concacaf-2022", "--max-goals", "100"] },
        { ["ratings", "--top", "many"] },
        { ["records", "--top", "0"] },
        { ["evaluate", "--dixon-coles-xi", "abc"] },
        { ["evaluate", "--dixon-coles-window", "1.5"] },

        // Names: unknown competition, team outside the competition, empty.
        { ["table", "nosuch"] },
        { ["table", ""] },
        { ["forecast", "concacaf-2022", "--fix", "Brazil 1-0 Mexico"] },
        { ["forecast", "concacaf-2022", "--fix", ""] },
        { ["forecast", "concacaf-2022", "--fix", "Canada beat Mexico"] },
        { ["forecast", "concacaf-2022", "--as-of", "2021-11-17", "--fix", "Mexico 1-0 Jamaica"] },
        { ["forecast", "concacaf-2022", "--playoff-opponent", ""] },
        { ["forecast", "concacaf-2022", "--playoff-opponent", "Atlantis"] },
        { ["scenarios", "concacaf-2022", "--team", "Brazil"] },
        { ["scenarios", "concacaf-2022", "--team", "Brazil", "--next"] },
        { ["scenarios", "concacaf-2022", "--team", " "] },

        // Options: unknown values, bad combinations, unknown commands and options.
        { ["table", "concacaf-2022", "--format", "xml"] },
        { ["competitions", "--format", "csv"] },
        { ["forecast", "concacaf-2022", "--model", "xyz"] },
        { ["forecast", "concacaf-2022", "--chart", "odds.png"] },
        { ["forecast", "concacaf-2022", "--timeline", "--chart", "odds.gif"] },
        { ["scenarios", "concacaf-2022", "--combinations"] },
        { ["ratings", "--system", "xyz"] },
        { ["ratings", "--history"] },
        { ["nosuchcommand"] },
        { ["forecast"] },
        { ["forecast", "concacaf-2022", "--bogus"] },

        // Dates outside the data: before the competition, after its end.
        { ["forecast", "concacaf-2022", "--timeline", "--as-of", "2021-01-01"] },
        { ["scenarios", "concacaf-2022", "--as-of", "9999-12-31", "--next"] },

        // Folders and the empty store.
        { ["import", "path/to/results.csv"] },
        { ["forecast", "concacaf-2022-history"] },
        { ["forecast", "concacaf-2022", "--model", "dixon-coles"] },
        { ["ratings"] },
        { ["h2h", "Canada", "Mexico"] },
        { ["team", "Canada"] },
        { ["records"] },
        { ["evaluate"] },
    };

    /// <summary>Bad inputs against the imported history store.</summary>
    public static TheoryData<string[]> WithStore => new()
    {
        // Dates before any data, or at the ends of the calendar.
        { ["forecast", "concacaf-2022", "--as-of", "1800-01-01", "--sims", "100"] },
        { ["forecast", "concacaf-2022", "--as-of", "0001-01-01", "--sims", "100"] },
        { ["forecast", "concacaf-2022", "--as-of", "9999-12-31", "--sims", "100"] },
        { ["forecast", "concacaf-2022", "--model", "dixon-coles", "--as-of", "1800-01-01", "--sims", "100"] },
        { ["forecast", "concacaf-2022", "--model", "dixon-coles", "--as-of", "0001-01-01", "--sims", "100"] },
        { ["forecast", "concacaf-2022", "--model", "dixon-coles", "--as-of", "1900-01-01", "--sims", "100"] },
        { ["forecast", "concacaf-2022-history", "--as-of", "1800-01-01", "--sims", "100"] },
        { ["ratings", "--team", "Canada", "--as-of", "1800-01-01"] },
        { ["evaluate", "--from", "1850-01-01", "--to", "1880-01-01"] },
        { ["evaluate", "--from", "2030-01-01"] },
        { ["evaluate", "--from", "0001-01-01", "--to", "1880-01-01", "--models", "uniform,fifa"] },
        { ["evaluate", "--from", "0003-01-01", "--to", "1880-01-01", "--models", "dixon-coles"] },
        { ["h2h", "Canada", "Mexico", "--since", "2022-01-01", "--before", "2021-01-01"] },

        // Names: unknown, ambiguous, empty, the same team twice.
        { ["ratings", "--team", "Atlantis"] },
        { ["ratings", "--team", ""] },
        { ["ratings", "--team", "Ireland"] },
        { ["team", "Atlantis"] },
        { ["team", ""] },
        { ["records", "--team", "Atlantis"] },
        { ["h2h", "Canada", "Canada"] },
        { ["h2h", "USA", "United States"] },
        { ["h2h", "", "Mexico"] },
        { ["h2h", "Canada", "Mexico", "--tournament", ""] },
        { ["forecast", "concacaf-2022", "--playoff-opponent", "Atlantis", "--sims", "100"] },
        { ["forecast", "concacaf-2022", "--playoff-opponent", "Mexico", "--sims", "100"] },
    };

    [Theory]
    [MemberData(nameof(Offline))]
    public void Run_BadInputWithoutStore_OneErrorLineAndExitTwo(string[] args) => AssertUserError(CliRunner.RunOffline(args));

    [Theory]
    [MemberData(nameof(WithStore))]
    public void Run_BadInputWithStore_OneErrorLineAndExitTwo(string[] args) => AssertUserError(CliRunner.Run(store.Environment, args));

    [Fact]
    public void Import_AFileInsteadOfTheFolder_NamesTheFolderToGive()
    {
        // The dataset's results.csv given where its folder is expected.
        var file = Path.Combine(TestPaths.DatasetFolder, "results.csv");

        var result = CliRunner.RunOffline("import", file);

        Assert.Equal((2, $"error: '{file}' is a file: give the folder that holds the dataset's four files ('{TestPaths.DatasetFolder}')\n"), (result.ExitCode, result.Error));
    }

    [Fact]
    public void Forecast_ChartUnderAFile_ExitsTwoNamingTheChart()
    {
        using var folder = TestPaths.CreateTemporaryFolder();
        File.WriteAllText(folder.File("file"), "not a folder");
        var chart = Path.Combine(folder.File("file"), "odds.png");

        var result = CliRunner.RunOffline("forecast", "concacaf-2022", "--timeline", "--sims", "100", "--chart", chart);

        AssertUserError(result);
        Assert.StartsWith($"error: --chart: cannot write '{chart}'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Forecast_AsOfBeforeAnyMatchWithStore_SaysSoInsteadOfTheModelsPrecondition()
    {
        // The first match of results.csv is 1872-11-30: before it there is nothing to fit the Elo-Poisson model on.
        var result = CliRunner.Run(store.Environment, "forecast", "concacaf-2022", "--as-of", "1800-01-01", "--sims", "100");

        Assert.Equal((2, "error: as of 1800-01-01 the history store has no match with a goal since 1792-01-01 to fit the elo-poisson model on: choose a later --as-of\n"),
            (result.ExitCode, result.Error));
    }

    [Fact]
    public void Forecast_SeedNotANumber_NamesTheOptionNotADotNetType()
    {
        var result = CliRunner.RunOffline("forecast", "concacaf-2022", "--seed", "abc");

        Assert.Equal((2, "error: --seed: 'abc' is not a whole number\n"), (result.ExitCode, result.Error));
    }

    [Fact]
    public void Forecast_OptionWithoutItsValue_SaysTheValueIsMissing()
    {
        var result = CliRunner.RunOffline("forecast", "concacaf-2022", "--as-of");

        Assert.Equal((2, "error: --as-of: missing value\n"), (result.ExitCode, result.Error));
    }

    [Fact]
    public void Import_CsvPathThatDoesNotExist_SaysToGiveTheFolder()
    {
        var result = CliRunner.RunOffline("import", "path/to/results.csv");

        Assert.Equal((2, "error: folder 'path/to/results.csv' does not exist: give the folder that holds results.csv, goalscorers.csv, shootouts.csv and former_names.csv, not a file\n"),
            (result.ExitCode, result.Error));
    }

    [Fact]
    public void Scenarios_KnownTeamOutsideTheCompetition_SaysItIsNotOfTheCompetition()
    {
        // Brazil is a known team, but not one of the Octagon's eight.
        var result = CliRunner.RunOffline("scenarios", "concacaf-2022", "--team", "Brazil");

        Assert.Equal((2, "error: --team: 'Brazil' is not a team of concacaf-2022 (its teams: Canada, Costa Rica, El Salvador, Honduras, Jamaica, Mexico, Panama, United States)\n"),
            (result.ExitCode, result.Error));
    }

    [Fact]
    public void Run_ABugInQualify_ExitsOneSayingItIsABug()
    {
        // A console that fails when written to stands for a bug: no input can cause it.
        var console = new FailingConsole();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = QualifyApp.Run(["competitions"], new CliEnvironment(console, output, error, _ => null));

        Assert.Equal(1, exit);
        Assert.StartsWith("internal error (a bug in qualify, not in your input; please report it with the command line): ", error.ToString(), StringComparison.Ordinal);
    }

    private static void AssertUserError(CliResult result)
    {
        var lines = result.Error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.True(result.ExitCode == 2, $"exit {result.ExitCode}: {result.Error}");
        Assert.Single(lines);
        Assert.StartsWith("error: ", lines[0], StringComparison.Ordinal);
        Assert.DoesNotMatch(Internals(), lines[0]);
    }

    /// <summary>What a user must never read: .NET type names, parameter names, the parser's placeholder, the bug line.</summary>
    [GeneratedRegex(@"\b(Int16|Int32|Int64|UInt64|Double|Boolean|DateTime|[A-Za-z]+Exception)\b|\(Parameter '|__default_command|unexpected error|internal error")]
    private static partial Regex Internals();

    /// <summary>A console whose every write fails.</summary>
    private sealed class FailingConsole : Spectre.Console.IAnsiConsole
    {
        private readonly Spectre.Console.Testing.TestConsole _inner = new();

        public Spectre.Console.Profile Profile => _inner.Profile;

        public Spectre.Console.IAnsiConsoleCursor Cursor => _inner.Cursor;

        public Spectre.Console.IAnsiConsoleInput Input => _inner.Input;

        public Spectre.Console.IExclusivityMode ExclusivityMode => _inner.ExclusivityMode;

        public Spectre.Console.Rendering.RenderPipeline Pipeline => _inner.Pipeline;

        public void Clear(bool home) => _inner.Clear(home);

        public void Write(Spectre.Console.Rendering.IRenderable renderable) => throw new InvalidOperationException("the console failed");

        public void WriteAnsi(Action<Spectre.Console.AnsiWriter> action) => throw new InvalidOperationException("the console failed");
    }
}
