using System.Collections.Immutable;

namespace Qualify.Models;

/// <summary>
/// A forecasting model of Qualify, as <c>qualify forecast --model</c> and <c>qualify evaluate --models</c> name it.
/// The goal models (<see cref="ModelKinds.IsGoalModel"/>) predict scorelines and drive the simulation; the others
/// predict only outcomes and are compared by the evaluation.
/// </summary>
public enum ModelKind
{
    /// <summary><c>uniform</c>: one third for each outcome.</summary>
    Uniform,

    /// <summary><c>elo</c>: World Football Elo win expectancy with a fitted draw model (ordered logit on the Elo difference, +100 at home).</summary>
    Elo,

    /// <summary><c>fifa</c>: the same ordered logit on the FIFA SUM points difference, with a fitted home advantage.</summary>
    Fifa,

    /// <summary><c>elo-poisson</c>: Poisson goals with log-means linear in the Elo difference and the venue (<see cref="EloPoissonGoalModel"/>).</summary>
    EloPoisson,

    /// <summary><c>dixon-coles</c>: the Dixon-Coles goal model (<see cref="DixonColesGoalModel"/>).</summary>
    DixonColes,
}

/// <summary>The names and descriptions of <see cref="ModelKind"/> values: the one place that spells them.</summary>
public static class ModelKinds
{
    /// <summary>Every model, in the order of the evaluation's comparison (simplest first).</summary>
    public static ImmutableArray<ModelKind> All { get; } =
        [ModelKind.Uniform, ModelKind.Elo, ModelKind.Fifa, ModelKind.EloPoisson, ModelKind.DixonColes];

    /// <summary>The models that predict scorelines and can drive a forecast, in the order of <see cref="All"/>.</summary>
    public static ImmutableArray<ModelKind> GoalModels { get; } = [.. All.Where(IsGoalModel)];

    /// <summary>The model the evaluation compares the others with: <see cref="ModelKind.Elo"/>, Elo plus a fitted draw model.</summary>
    public static ModelKind Baseline => ModelKind.Elo;

    /// <summary>Whether <paramref name="model"/> predicts scorelines (Elo-Poisson and Dixon-Coles).</summary>
    public static bool IsGoalModel(ModelKind model) => model is ModelKind.EloPoisson or ModelKind.DixonColes;

    /// <summary>The command-line name: <c>uniform</c>, <c>elo</c>, <c>fifa</c>, <c>elo-poisson</c>, <c>dixon-coles</c>.</summary>
    public static string ToName(ModelKind model) => model switch
    {
        ModelKind.Uniform => "uniform",
        ModelKind.Elo => "elo",
        ModelKind.Fifa => "fifa",
        ModelKind.EloPoisson => "elo-poisson",
        ModelKind.DixonColes => "dixon-coles",
        _ => throw new ArgumentOutOfRangeException(nameof(model), model, "not a model"),
    };

    /// <summary>The names of <paramref name="models"/>, comma-separated, for messages.</summary>
    public static string NameList(IEnumerable<ModelKind> models) => string.Join(", ", models.Select(ToName));

    /// <summary>The model named <paramref name="name"/> (case-insensitive, surrounding spaces ignored), if there is one.</summary>
    public static bool TryParse(string? name, out ModelKind model)
    {
        foreach (var candidate in All)
        {
            if (name is not null && string.Equals(ToName(candidate), name.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                model = candidate;
                return true;
            }
        }

        model = default;
        return false;
    }

    /// <summary>A one-line description of the model as the evaluation runs it.</summary>
    public static string Describe(ModelKind model) => model switch
    {
        ModelKind.Uniform => "1/3 for each outcome",
        ModelKind.Elo => "ordered logit on the World Football Elo difference (+100 at home)",
        ModelKind.Fifa => "ordered logit on the FIFA SUM points difference, fitted home advantage",
        ModelKind.EloPoisson => "Poisson goals, log-means linear in the Elo difference and the venue",
        ModelKind.DixonColes => "Dixon-Coles, time-weighted, trailing window; Elo-Poisson for teams it did not fit",
        _ => throw new ArgumentOutOfRangeException(nameof(model), model, "not a model"),
    };
}
