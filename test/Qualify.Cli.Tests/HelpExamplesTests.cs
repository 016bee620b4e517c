using System.Text;
using Qualify.Testing;

namespace Qualify.Cli.Tests;

/// <summary>
/// Every example the help prints can be copied into a shell and run (issue 11, finding 8): each EXAMPLES line of each
/// command's help, at 80 columns, is split as a POSIX shell splits it and run; it must exit 0. The history commands'
/// examples run on the imported test store; the others on the built-in data alone; the import example imports the
/// test dataset into a new store (its folder, "international_results", is what cloning the dataset creates).
/// </summary>
[Collection(ImportedStoreCollection.Name)]
public sealed class HelpExamplesTests(ImportedStoreFixture store)
{
    private static readonly string[] StoreCommands = ["ratings", "evaluate", "h2h", "team", "records", "tournaments"];

    /// <summary>Every printed example, split into words (without the leading "qualify").</summary>
    public static TheoryData<string[]> Examples()
    {
        var data = new TheoryData<string[]>();
        foreach (var command in Commands())
        {
            foreach (var line in ExampleLines(Help(command)))
            {
                var words = ShellSplit(line);
                Assert.Equal("qualify", words[0]);
                data.Add([.. words.Skip(1)]);
            }
        }

        return data;
    }

    [Fact]
    public void Help_EveryCommand_HasAnExampleLineThatFitsEightyColumns()
    {
        // A line the console wraps would not start with "qualify" (ExampleLines checks), and every command but
        // "competitions" has examples.
        Assert.All(Commands().Where(c => c != "competitions"), c => Assert.NotEmpty(ExampleLines(Help(c))));
    }

    [Fact]
    public void Help_ExampleWithASpacedValue_QuotesIt()
    {
        Assert.Contains("    qualify h2h USA Mexico --tournament \"World Cup qualification\"", ExampleLines(Help("h2h")));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_CopiedIntoAShell_ExitsZero(string[] args)
    {
        CliResult result;
        if (args[0] == "import")
        {
            Assert.Equal("international_results", args[1]);
            using var folder = TestPaths.CreateTemporaryFolder();
            result = CliRunner.Run(new Dictionary<string, string> { ["QUALIFY_DB"] = folder.File("history.db") }, ["import", TestPaths.DatasetFolder, .. args[2..]]);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
        else if (args[0] == "serve")
        {
            // The server starts on the example's address, announces it, and stops at once (its stop is already asked for).
            using var folder = TestPaths.CreateTemporaryFolder();
            result = CliRunner.Run(CliRun.Offline(folder) with { Shutdown = new CancellationToken(canceled: true) }, args);
            Assert.StartsWith("Listening on http://127.0.0.1:", result.Out, StringComparison.Ordinal);
        }
        else
        {
            result = StoreCommands.Contains(args[0]) ? CliRunner.Run(store.Environment, args) : CliRunner.RunOffline(args);
        }

        Assert.True(result.ExitCode == 0, $"{string.Join(' ', args)}: exit {result.ExitCode}: {result.Error}");
    }

    private static string Help(string command)
    {
        using var folder = TestPaths.CreateTemporaryFolder();
        var result = CliRunner.Run(CliRun.Offline(folder) with { Width = 80 }, command, "--help");
        Assert.Equal(0, result.ExitCode);
        return result.Console;
    }

    /// <summary>The command names listed by the root help.</summary>
    private static List<string> Commands()
    {
        using var folder = TestPaths.CreateTemporaryFolder();
        var help = CliRunner.Run(CliRun.Offline(folder), "--help").Console;
        var section = help[help.IndexOf("COMMANDS:", StringComparison.Ordinal)..].Split('\n').Skip(1);
        return [.. section.Where(l => l.StartsWith("    ", StringComparison.Ordinal) && l.Length > 4 && l[4] != ' ').Select(l => l.Trim().Split(' ')[0])];
    }

    /// <summary>The lines of the EXAMPLES section; each must be a whole command starting with "qualify".</summary>
    private static List<string> ExampleLines(string help)
    {
        var at = help.IndexOf("EXAMPLES:", StringComparison.Ordinal);
        if (at < 0)
        {
            return [];
        }

        var lines = help[at..].Split('\n').Skip(1).TakeWhile(l => l.Trim().Length > 0).Select(l => l.TrimEnd()).ToList();
        Assert.All(lines, l => Assert.StartsWith("    qualify ", l, StringComparison.Ordinal));
        return lines;
    }

    /// <summary>Splits a line as a POSIX shell does for words, single and double quotes (no expansions are used).</summary>
    private static List<string> ShellSplit(string line)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        char? quote = null;
        foreach (var c in line.Trim())
        {
            if (quote is { } q)
            {
                if (c == q)
                {
                    quote = null;
                }
                else
                {
                    word.Append(c);
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
                inWord = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }
            }
            else
            {
                Assert.DoesNotContain(c, "$`\\;|&<>*?()");
                word.Append(c);
                inWord = true;
            }
        }

        Assert.Null(quote);
        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }
}
