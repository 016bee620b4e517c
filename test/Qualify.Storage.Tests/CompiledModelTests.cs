using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Qualify.Storage.Tests;

/// <summary>The generated compiled model (src/Qualify.Storage/CompiledModel) is current.</summary>
public sealed class CompiledModelTests
{
    [Fact]
    public void CompiledModel_SameAsModelBuiltFromEntityConfigurations()
    {
        var options = HistoryStoreOptions.ForSqlite("Data Source=:memory:");
        using var compiled = new HistoryDbContextFactory(options, useCompiledModel: true).CreateDbContext();
        using var configured = new HistoryDbContextFactory(options, useCompiledModel: false).CreateDbContext();

        // The debug view lists every entity, property, key, index and foreign key with its table and column.
        // On failure, regenerate the compiled model as src/Qualify.Storage/CompiledModel/README.md says.
        Assert.Equal(
            configured.Model.ToDebugString(MetadataDebugStringOptions.LongDefault),
            compiled.Model.ToDebugString(MetadataDebugStringOptions.LongDefault));
    }
}
