using BenchmarkDotNet.Running;

namespace Qualify.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line, for example <c>--filter '*DixonColes*'</c>.</summary>
public static class Program
{
    /// <summary>The entry point.</summary>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
