namespace Qualify.Models.Tests.Evaluation;

/// <summary>Seeded draws for synthetic data sets with known parameters.</summary>
internal static class SyntheticMatches
{
    /// <summary>A Poisson draw by Knuth's multiplication method (Knuth, TAOCP vol. 2, 3.4.1), fine for means below about 10.</summary>
    public static int Poisson(Random random, double mean)
    {
        var limit = Math.Exp(-mean);
        var count = 0;
        var product = random.NextDouble();
        while (product > limit)
        {
            count++;
            product *= random.NextDouble();
        }

        return count;
    }

    /// <summary>A standard logistic draw by inversion: ln(u / (1 − u)).</summary>
    public static double Logistic(Random random)
    {
        double u;
        do
        {
            u = random.NextDouble();
        }
        while (u == 0);

        return Math.Log(u / (1 - u));
    }
}
