using Google.OrTools.Sat;

namespace Qualify.Scenarios.Tests;

/// <summary>
/// <see cref="SolverSettings"/>: a query that its first attempts cannot answer within their work limit is answered by a later,
/// longer round, and the rounds are deterministic.
/// </summary>
public sealed class SolverSettingsTests
{
    /// <summary>A work limit far too small for any search (CP-SAT's deterministic time units).</summary>
    private const double TinyWork = 1e-7;

    /// <summary>
    /// Ten pigeons in nine holes, each pigeon in exactly one hole and each hole with at most one pigeon: infeasible by
    /// counting (10 &gt; 9), but CP-SAT must search to prove it once presolve is off.
    /// </summary>
    private static CpModel Pigeonhole()
    {
        const int pigeons = 10;
        const int holes = 9;
        var model = new CpModel();
        var x = new BoolVar[pigeons, holes];
        for (var p = 0; p < pigeons; p++)
        {
            for (var h = 0; h < holes; h++)
            {
                x[p, h] = model.NewBoolVar($"x{p}_{h}");
            }

            model.AddExactlyOne(Enumerable.Range(0, holes).Select(h => x[p, h]));
        }

        for (var h = 0; h < holes; h++)
        {
            model.AddAtMostOne(Enumerable.Range(0, pigeons).Select(p => x[p, h]));
        }

        return model;
    }

    [Fact]
    public void Solve_FirstAttemptStopsAtItsLimit_LaterRoundProvesInfeasible()
    {
        const string parameters = "num_workers:1,cp_model_presolve:false";
        var single = new CpSolver { StringParameters = $"{parameters},max_deterministic_time:{TinyWork.ToString(System.Globalization.CultureInfo.InvariantCulture)}" };
        Assert.Equal(CpSolverStatus.Unknown, single.Solve(Pigeonhole()));

        var settings = new SolverSettings(parameters) { Fallbacks = ["num_workers:1"], FirstAttemptWork = TinyWork };
        var (_, status) = settings.Solve(Pigeonhole());

        Assert.Equal(CpSolverStatus.Infeasible, status);
    }

    [Fact]
    public void Solve_WithoutFallbacks_RunsParametersUnlimited()
    {
        var settings = new SolverSettings("num_workers:1,cp_model_presolve:false");

        var (solver, status) = settings.Solve(Pigeonhole());

        Assert.Equal(CpSolverStatus.Infeasible, status);
        Assert.Contains("cp_model_presolve:false", solver.StringParameters, StringComparison.Ordinal);
    }
}
