using System.Numerics;
using System.Runtime.InteropServices;

namespace Qualify.Models;

/// <summary>
/// Solves A·x = b for a symmetric matrix A that should be positive definite, by a dense Cholesky factorisation
/// A = L·Lᵀ (Golub and Van Loan, "Matrix Computations", 4th ed., algorithm 4.2.1, the dot-product form). When A is
/// not positive definite (a non-positive pivot), it retries with A + δI, δ growing tenfold from 1e-10 × the largest
/// diagonal entry: a Levenberg-style damping that keeps Newton's step an ascent direction.
/// </summary>
internal static class DampedCholesky
{
    private const int MaximumDampings = 16;

    /// <summary>Solves; returns false if even the most damped matrix could not be factorised.</summary>
    /// <param name="matrix">A, row-major, size² entries; not modified.</param>
    /// <param name="factor">Workspace of size² entries; holds L (lower triangle) afterwards.</param>
    /// <param name="rightHandSide">b.</param>
    /// <param name="solution">x, written.</param>
    /// <param name="size">The order of A.</param>
    public static bool Solve(ReadOnlySpan<double> matrix, Span<double> factor, ReadOnlySpan<double> rightHandSide, Span<double> solution, int size)
    {
        var largestDiagonal = 0.0;
        for (var k = 0; k < size; k++)
        {
            largestDiagonal = Math.Max(largestDiagonal, Math.Abs(matrix[(k * size) + k]));
        }

        var damping = 0.0;
        for (var attempt = 0; attempt <= MaximumDampings; attempt++)
        {
            matrix[..(size * size)].CopyTo(factor);
            for (var k = 0; k < size; k++)
            {
                factor[(k * size) + k] += damping;
            }

            if (Factorise(factor, size))
            {
                Substitute(factor, rightHandSide, solution, size);
                return true;
            }

            damping = damping == 0 ? Math.Max(largestDiagonal, 1e-300) * 1e-10 : damping * 10;
        }

        return false;
    }

    /// <summary>In-place lower Cholesky factor of a row-major matrix; false on a non-positive or non-finite pivot.</summary>
    internal static bool Factorise(Span<double> a, int size)
    {
        for (var j = 0; j < size; j++)
        {
            var rowJ = a.Slice(j * size, j);
            var pivot = a[(j * size) + j] - Dot(rowJ, rowJ);
            if (!(pivot > 0) || !double.IsFinite(pivot))
            {
                return false;
            }

            var diagonal = Math.Sqrt(pivot);
            a[(j * size) + j] = diagonal;
            for (var i = j + 1; i < size; i++)
            {
                var rowI = a.Slice(i * size, j);
                a[(i * size) + j] = (a[(i * size) + j] - Dot(rowI, rowJ)) / diagonal;
            }
        }

        return true;
    }

    /// <summary>Solves L·Lᵀ·x = b by forward and back substitution.</summary>
    private static void Substitute(ReadOnlySpan<double> lower, ReadOnlySpan<double> rightHandSide, Span<double> solution, int size)
    {
        for (var i = 0; i < size; i++)
        {
            var sum = rightHandSide[i] - Dot(lower.Slice(i * size, i), solution[..i]);
            solution[i] = sum / lower[(i * size) + i];
        }

        for (var i = size - 1; i >= 0; i--)
        {
            var sum = solution[i];
            for (var k = i + 1; k < size; k++)
            {
                sum -= lower[(k * size) + i] * solution[k];
            }

            solution[i] = sum / lower[(i * size) + i];
        }
    }

    private static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var vectorsX = MemoryMarshal.Cast<double, Vector<double>>(x);
        var vectorsY = MemoryMarshal.Cast<double, Vector<double>>(y[..x.Length]);
        var accumulator = Vector<double>.Zero;
        for (var k = 0; k < vectorsX.Length; k++)
        {
            accumulator += vectorsX[k] * vectorsY[k];
        }

        var sum = Vector.Sum(accumulator);
        for (var k = vectorsX.Length * Vector<double>.Count; k < x.Length; k++)
        {
            sum += x[k] * y[k];
        }

        return sum;
    }
}
