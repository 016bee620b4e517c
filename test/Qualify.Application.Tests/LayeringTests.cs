using System.Reflection;

namespace Qualify.Application.Tests;

/// <summary>The application layer reads the history through the inner ports only (docs/architecture.md, "Layout"; issue 12, deliverable 4).</summary>
public sealed class LayeringTests
{
    [Fact]
    public void ApplicationAssembly_References_NotStorage()
    {
        var referenced = typeof(TableService).Assembly.GetReferencedAssemblies().Select(a => a.Name);

        Assert.DoesNotContain("Qualify.Storage", referenced);
    }

    [Fact]
    public void HistoryPort_Members_NoneHasADefaultBody()
    {
        // Every member of the port is answered by its implementation: an interface member with a body is a default.
        var withBody = typeof(Domain.History.IHistorySource).GetMethods(BindingFlags.Instance | BindingFlags.Public)
            .Where(m => !m.IsAbstract).Select(m => m.Name);

        Assert.Empty(withBody);
    }
}
