using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Double;
using MathNet.Numerics.Optimization;

namespace Qualify.Models;

/// <summary>
/// Maximises a <see cref="DixonColesLikelihood"/> in two phases: Math.NET's L-BFGS with the analytic gradient on a
/// diagonally preconditioned problem takes it close to the optimum, then Newton's method with the analytic Hessian
/// finishes it (quadratic convergence, so the optimum is exact to rounding rather than stopping in the long,
/// flat tail that weakly connected teams give L-BFGS).
/// </summary>
internal static class DixonColesOptimiser
{
    /// <summary>L-BFGS stops when Math.NET's relative gradient falls below this; Newton does the rest.</summary>
    private const double LbfgsRelativeGradientTolerance = 1e-6;
    private const double LbfgsParameterTolerance = 1e-14;
    private const double LbfgsFunctionProgressTolerance = 1e-15;
    private const int LbfgsMemory = 10;

    /// <summary>Converged when half the Newton decrement gᵀH⁻¹g, the log-likelihood still to gain, is below this.</summary>
    private const double NewtonTolerance = 1e-9;
    private const int MaximumNewtonSteps = 50;
    private const int MaximumHalvings = 60;

    /// <summary>Maximises the penalised log-likelihood from <paramref name="start"/> (which must be feasible).</summary>
    public static OptimisationResult Maximise(DixonColesLikelihood likelihood, double[] start, int maximumIterations)
    {
        var (parameters, iterations) = Lbfgs(likelihood, start, maximumIterations);
        var (newtonSteps, converged) = Newton(likelihood, parameters);
        return new OptimisationResult(parameters, iterations, newtonSteps, converged);
    }

    /// <summary>
    /// L-BFGS on −(penalised log-likelihood)/Σw over φ with θ = s ⊙ φ, s_k = 1/√information_kk at the start.
    /// Infeasible points (τ ≤ 0) evaluate to double.MaxValue with a zero gradient, which the weak-Wolfe line
    /// search rejects by halving the step. Returns the best feasible point evaluated.
    /// </summary>
    private static (double[] Parameters, int Iterations) Lbfgs(DixonColesLikelihood likelihood, double[] start, int maximumIterations)
    {
        var size = likelihood.ParameterCount;
        var scaling = PreconditionerScaling(likelihood, start);
        var objective = new ScaledObjective(likelihood, scaling, start);
        var initial = new DenseVector(size);
        for (var k = 0; k < size; k++)
        {
            initial[k] = start[k] / scaling[k];
        }

        var minimiser = new LimitedMemoryBfgsMinimizer(
            LbfgsRelativeGradientTolerance, LbfgsParameterTolerance, LbfgsFunctionProgressTolerance, LbfgsMemory, maximumIterations);
        try
        {
            var result = minimiser.FindMinimum(ObjectiveFunction.Gradient(objective.Evaluate), initial);
            return (objective.Best, result.Iterations);
        }
        catch (OptimizationException)
        {
            // The iteration limit, or a line search that found no acceptable step: Newton continues from the best point.
            return (objective.Best, maximumIterations);
        }
    }

    /// <summary>
    /// The diagonal preconditioner s_k = 1/√information_kk at <paramref name="start"/>, each information entry floored
    /// at 10⁻³·Σw/size (and 10⁻¹²) so that a parameter with almost no information is not scaled without bound.
    /// </summary>
    private static double[] PreconditionerScaling(DixonColesLikelihood likelihood, double[] start)
    {
        var size = likelihood.ParameterCount;
        var scaling = new double[size];
        likelihood.InformationDiagonal(start, scaling);
        var floor = Math.Max(1e-3 * likelihood.TotalWeight / size, 1e-12);
        for (var k = 0; k < size; k++)
        {
            scaling[k] = 1 / Math.Sqrt(Math.Max(scaling[k], floor));
        }

        return scaling;
    }

    /// <summary>
    /// The objective L-BFGS minimises: −(penalised log-likelihood)/Σw at θ = s ⊙ φ, with its gradient in φ. Infeasible
    /// points give double.MaxValue and a zero gradient. Remembers the best feasible point evaluated.
    /// </summary>
    private sealed class ScaledObjective
    {
        private readonly DixonColesLikelihood likelihood;
        private readonly double[] scaling;
        private readonly double perWeight;
        private readonly double[] theta;
        private double bestValue;

        /// <summary>Starts from the feasible <paramref name="start"/> (in θ) as the best point so far.</summary>
        public ScaledObjective(DixonColesLikelihood likelihood, double[] scaling, double[] start)
        {
            this.likelihood = likelihood;
            this.scaling = scaling;
            perWeight = 1 / likelihood.TotalWeight;
            theta = new double[scaling.Length];
            Best = (double[])start.Clone();
            bestValue = likelihood.PenalisedLogLikelihood(start, []);
        }

        /// <summary>The best feasible point evaluated so far, in θ.</summary>
        public double[] Best { get; }

        /// <summary>The objective and its gradient at <paramref name="point"/> (φ).</summary>
        public (double Value, Vector<double> Gradient) Evaluate(Vector<double> point)
        {
            var size = scaling.Length;
            for (var k = 0; k < size; k++)
            {
                theta[k] = scaling[k] * point[k];
            }

            var gradient = new double[size];
            var value = likelihood.PenalisedLogLikelihood(theta, gradient);
            if (!double.IsFinite(value))
            {
                Array.Clear(gradient);
                return (double.MaxValue, new DenseVector(gradient));
            }

            if (value > bestValue)
            {
                bestValue = value;
                theta.CopyTo(Best, 0);
            }

            for (var k = 0; k < size; k++)
            {
                gradient[k] *= -perWeight * scaling[k];
            }

            return (-value * perWeight, new DenseVector(gradient));
        }
    }

    /// <summary>
    /// Newton's method with the analytic Hessian, in place on <paramref name="parameters"/>: a Cholesky solve of
    /// (information + κI)·step = gradient (damped by adding to the diagonal when the matrix is not positive definite),
    /// then backtracking until the Armijo condition holds.
    /// </summary>
    private static (int Steps, bool Converged) Newton(DixonColesLikelihood likelihood, double[] parameters)
    {
        var size = likelihood.ParameterCount;
        var hessian = new double[size * size];
        var factor = new double[size * size];
        var gradient = new double[size];
        var trialGradient = new double[size];
        var step = new double[size];
        var trial = new double[size];
        var value = likelihood.PenalisedLogLikelihood(parameters, gradient);
        for (var steps = 0; steps < MaximumNewtonSteps; steps++)
        {
            likelihood.NegativeHessian(parameters, hessian);
            if (!DampedCholesky.Solve(hessian, factor, gradient, step, size))
            {
                return (steps, false);
            }

            var decrement = Dot(gradient, step);
            if (decrement / 2 < NewtonTolerance)
            {
                return (steps, true);
            }

            var accepted = false;
            var length = 1.0;
            for (var halving = 0; halving < MaximumHalvings && !accepted; halving++, length /= 2)
            {
                for (var k = 0; k < size; k++)
                {
                    trial[k] = parameters[k] + (length * step[k]);
                }

                var trialValue = likelihood.PenalisedLogLikelihood(trial, trialGradient);
                if (trialValue >= value + (1e-4 * length * decrement))
                {
                    accepted = true;
                    value = trialValue;
                    trial.CopyTo(parameters, 0);
                    trialGradient.CopyTo(gradient, 0);
                }
            }

            if (!accepted)
            {
                // No step improves by more than rounding: converged if what is left to gain is negligible.
                return (steps, decrement / 2 < 1e-6 * Math.Max(1, Math.Abs(value)));
            }
        }

        return (MaximumNewtonSteps, false);
    }

    private static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var sum = 0.0;
        for (var k = 0; k < x.Length; k++)
        {
            sum += x[k] * y[k];
        }

        return sum;
    }
}

/// <summary>What <see cref="DixonColesOptimiser.Maximise"/> found.</summary>
/// <param name="Parameters">The maximising parameters (attacks, defences, home advantage, ρ), not yet centred.</param>
/// <param name="LbfgsIterations">The L-BFGS iterations.</param>
/// <param name="NewtonSteps">The Newton steps taken.</param>
/// <param name="Converged">Whether the Newton decrement fell below its tolerance.</param>
internal sealed record OptimisationResult(double[] Parameters, int LbfgsIterations, int NewtonSteps, bool Converged);
