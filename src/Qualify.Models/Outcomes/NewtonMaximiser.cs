namespace Qualify.Models.Outcomes;

/// <summary>
/// The log-likelihood of a small model (a few parameters) with its gradient and Hessian at <c>parameters</c>.
/// Returns the log-likelihood, or negative infinity or NaN where the parameters are not admissible.
/// </summary>
/// <param name="parameters">The point.</param>
/// <param name="gradient">Receives the gradient (length n).</param>
/// <param name="hessian">Receives the Hessian, row-major n × n.</param>
internal delegate double LogLikelihoodWithDerivatives(ReadOnlySpan<double> parameters, Span<double> gradient, Span<double> hessian);

/// <summary>The outcome of <see cref="NewtonMaximiser.Maximise"/>.</summary>
/// <param name="Parameters">The maximising point.</param>
/// <param name="LogLikelihood">The log-likelihood there.</param>
/// <param name="Iterations">Newton steps taken.</param>
/// <param name="Converged">Whether half the Newton decrement fell below the tolerance.</param>
/// <param name="StandardErrors">√diag of (−Hessian)⁻¹ at the maximum (NaN where the Hessian is singular).</param>
internal sealed record NewtonResult(double[] Parameters, double LogLikelihood, int Iterations, bool Converged, double[] StandardErrors);

/// <summary>
/// Newton's method with backtracking (Armijo) line search for concave log-likelihoods of a few parameters, such as
/// generalised linear models: the Poisson log-linear model (where Newton's method is iteratively reweighted least
/// squares; McCullagh and Nelder, 1989, "Generalized Linear Models", section 2.5) and the ordered logit (whose
/// log-likelihood is concave; Pratt, 1981, "Concavity of the log likelihood", JASA 76(373)). Stops when half the
/// Newton decrement gᵀ(−H)⁻¹g, the log-likelihood still to gain to second order, is below
/// <see cref="Tolerance"/> (Boyd and Vandenberghe, 2004, "Convex Optimization", section 9.5).
/// </summary>
internal static class NewtonMaximiser
{
    /// <summary>Convergence tolerance on half the Newton decrement, in log-likelihood units.</summary>
    public const double Tolerance = 1e-10;

    private const int MaximumIterations = 100;
    private const int MaximumHalvings = 60;
    private const double ArmijoFraction = 1e-4;

    /// <summary>Maximises <paramref name="logLikelihood"/> from the admissible point <paramref name="start"/>.</summary>
    public static NewtonResult Maximise(LogLikelihoodWithDerivatives logLikelihood, ReadOnlySpan<double> start)
    {
        var state = new Iterate(logLikelihood, start);
        if (!double.IsFinite(state.Value))
        {
            throw new ArgumentException("the starting point is not admissible", nameof(start));
        }

        var iterations = 0;
        var converged = false;
        while (iterations < MaximumIterations)
        {
            if (!state.TryNewtonStep(out var slope))
            {
                break;
            }

            if (slope / 2 < Tolerance)
            {
                converged = true;
                break;
            }

            iterations++;
            if (!state.TryLineSearch(slope))
            {
                break;
            }
        }

        return new NewtonResult(state.Current, state.Value, iterations, converged, StandardErrors(state.Hessian, start.Length));
    }

    /// <summary>The current point of the iteration with its log-likelihood and derivatives, and the buffers of a step.</summary>
    private sealed class Iterate
    {
        private readonly LogLikelihoodWithDerivatives logLikelihood;
        private readonly int n;
        private readonly double[] gradient;
        private readonly double[] negative;
        private readonly double[] step;
        private readonly double[] trial;
        private readonly double[] trialGradient;
        private readonly double[] trialHessian;

        /// <summary>Evaluates <paramref name="logLikelihood"/> at <paramref name="start"/>.</summary>
        public Iterate(LogLikelihoodWithDerivatives logLikelihood, ReadOnlySpan<double> start)
        {
            this.logLikelihood = logLikelihood;
            n = start.Length;
            Current = start.ToArray();
            gradient = new double[n];
            Hessian = new double[n * n];
            negative = new double[n * n];
            step = new double[n];
            trial = new double[n];
            trialGradient = new double[n];
            trialHessian = new double[n * n];
            Value = logLikelihood(Current, gradient, Hessian);
        }

        /// <summary>The current point.</summary>
        public double[] Current { get; }

        /// <summary>The log-likelihood at <see cref="Current"/>.</summary>
        public double Value { get; private set; }

        /// <summary>The Hessian at <see cref="Current"/>, row-major n × n.</summary>
        public double[] Hessian { get; }

        /// <summary>
        /// Solves (−H)·step = g (damped if −H is not positive definite), giving the Newton decrement gᵀ·step (the slope
        /// of the log-likelihood along the step); false if no damping made it solvable.
        /// </summary>
        public bool TryNewtonStep(out double slope)
        {
            slope = 0.0;
            for (var k = 0; k < negative.Length; k++)
            {
                negative[k] = -Hessian[k];
            }

            if (!SolveDamped(negative, gradient, step, n))
            {
                return false;
            }

            for (var k = 0; k < n; k++)
            {
                slope += gradient[k] * step[k];
            }

            return true;
        }

        /// <summary>
        /// Backtracking along the step, halving its length t, until the Armijo condition
        /// ℓ(x + t·step) ≥ ℓ(x) + <see cref="ArmijoFraction"/>·t·slope holds; then moves there. False if no length did.
        /// </summary>
        public bool TryLineSearch(double slope)
        {
            var t = 1.0;
            for (var halving = 0; halving < MaximumHalvings; halving++, t /= 2)
            {
                for (var k = 0; k < n; k++)
                {
                    trial[k] = Current[k] + (t * step[k]);
                }

                var trialValue = logLikelihood(trial, trialGradient, trialHessian);
                if (double.IsFinite(trialValue) && trialValue >= Value + (ArmijoFraction * t * slope))
                {
                    Array.Copy(trial, Current, n);
                    Array.Copy(trialGradient, gradient, n);
                    Array.Copy(trialHessian, Hessian, n * n);
                    Value = trialValue;
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Solves A·x = b for symmetric A, adding a growing ridge to the diagonal if A is not positive definite.</summary>
    private static bool SolveDamped(double[] a, double[] b, double[] x, int n)
    {
        var largest = 0.0;
        for (var k = 0; k < n; k++)
        {
            largest = Math.Max(largest, Math.Abs(a[(k * n) + k]));
        }

        var damped = (double[])a.Clone();
        var ridge = 0.0;
        for (var attempt = 0; attempt < 30; attempt++)
        {
            if (CholeskySolve(damped, b, x, n))
            {
                return true;
            }

            ridge = ridge == 0 ? Math.Max(largest, 1) * 1e-10 : ridge * 10;
            Array.Copy(a, damped, a.Length);
            for (var k = 0; k < n; k++)
            {
                damped[(k * n) + k] += ridge;
            }
        }

        return false;
    }

    /// <summary>Solves A·x = b by the Cholesky factorisation of A (overwritten); false if A is not positive definite.</summary>
    private static bool CholeskySolve(double[] a, ReadOnlySpan<double> b, Span<double> x, int n)
    {
        for (var j = 0; j < n; j++)
        {
            var diagonal = a[(j * n) + j];
            for (var k = 0; k < j; k++)
            {
                diagonal -= a[(j * n) + k] * a[(j * n) + k];
            }

            if (!(diagonal > 0) || !double.IsFinite(diagonal))
            {
                return false;
            }

            var l = Math.Sqrt(diagonal);
            a[(j * n) + j] = l;
            for (var i = j + 1; i < n; i++)
            {
                var sum = a[(i * n) + j];
                for (var k = 0; k < j; k++)
                {
                    sum -= a[(i * n) + k] * a[(j * n) + k];
                }

                a[(i * n) + j] = sum / l;
            }
        }

        for (var i = 0; i < n; i++)
        {
            var sum = b[i];
            for (var k = 0; k < i; k++)
            {
                sum -= a[(i * n) + k] * x[k];
            }

            x[i] = sum / a[(i * n) + i];
        }

        for (var i = n - 1; i >= 0; i--)
        {
            var sum = x[i];
            for (var k = i + 1; k < n; k++)
            {
                sum -= a[(k * n) + i] * x[k];
            }

            x[i] = sum / a[(i * n) + i];
        }

        return true;
    }

    private static double[] StandardErrors(double[] hessian, int n)
    {
        var errors = new double[n];
        var unit = new double[n];
        var column = new double[n];
        for (var k = 0; k < n; k++)
        {
            var factor = new double[n * n];
            for (var c = 0; c < factor.Length; c++)
            {
                factor[c] = -hessian[c];
            }

            Array.Clear(unit);
            unit[k] = 1;
            errors[k] = CholeskySolve(factor, unit, column, n) && column[k] > 0 ? Math.Sqrt(column[k]) : double.NaN;
        }

        return errors;
    }
}
