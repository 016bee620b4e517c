using BenchmarkDotNet.Attributes;
using Qualify.Domain.Matches;
using Qualify.Models;
using Qualify.Testing;

namespace Qualify.Benchmarks;

/// <summary>
/// The Dixon-Coles fit of reference (a): the internationals dated 2018-01-01 to 2021-11-16, largest connected
/// component (3,447 matches, 251 teams), ξ = 0.0018 per day counted to 2021-11-16. Target: under 0.5 s (R's goalmodel
/// took 50.7 s and penaltyblog 16.4 s on the same fit). Reads the dataset from <c>../shared/data/international-results</c>
/// beside the repository, or <c>$QUALIFY_TEST_DATA</c>.
/// </summary>
[MemoryDiagnoser]
public class DixonColesBenchmarks
{
    private static readonly DateOnly ReferenceDate = new(2021, 11, 16);
    private List<Match> matches = [];
    private List<Match> everyMatchAtHome = [];
    private DixonColesLikelihood likelihood = null!;
    private double[] parameters = [];
    private double[] gradient = [];

    [GlobalSetup]
    public void Setup()
    {
        matches = DatasetResults.All
            .Where(m => m.IsPlayed && m.Date >= new DateOnly(2018, 1, 1) && m.Date <= ReferenceDate)
            .ToList();

        // The reference tools (goalmodel with hfa = TRUE) give the home advantage to every match.
        everyMatchAtHome = matches.Select(m => m with { Neutral = false }).ToList();
        var model = DixonColesGoalModel.Fit(everyMatchAtHome, ReferenceDate, 0.0018);
        likelihood = DixonColesGoalModel.BuildLikelihood(everyMatchAtHome, ReferenceDate, 0.0018, DixonColesFitOptions.Default).Likelihood;
        parameters = new double[likelihood.ParameterCount];
        gradient = new double[likelihood.ParameterCount];
        parameters[likelihood.HomeAdvantageIndex] = model.HomeAdvantage;
        parameters[likelihood.RhoIndex] = model.Rho;
    }

    /// <summary>The whole fit of reference (a), as the reference tools define it (home advantage on every match).</summary>
    [Benchmark(Baseline = true)]
    public DixonColesGoalModel FitReferenceA() => DixonColesGoalModel.Fit(everyMatchAtHome, ReferenceDate, 0.0018);

    /// <summary>The same matches with the neutral-venue flag honoured (no home advantage at neutral venues).</summary>
    [Benchmark]
    public DixonColesGoalModel FitNeutralAware() => DixonColesGoalModel.Fit(matches, ReferenceDate, 0.0018);

    /// <summary>One evaluation of the log-likelihood and its gradient over the 3,447 pre-indexed matches: must not allocate.</summary>
    [Benchmark]
    public double LogLikelihoodAndGradient() => likelihood.PenalisedLogLikelihood(parameters, gradient);
}
