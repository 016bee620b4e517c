using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;

namespace Qualify.Storage.Import;

/// <summary>Writes the rows of one table in the import's transaction: one call per row, then <see cref="Complete"/>.</summary>
internal interface IRowWriter : IDisposable
{
    /// <summary>Writes one row, with one value per column, in the order given when the writer was created.</summary>
    void Execute(params ReadOnlySpan<object?> values);

    /// <summary>Ends the rows: a writer disposed before this call discards what it buffered (the import then fails).</summary>
    void Complete();
}

/// <summary>
/// The importer's bulk writer of a table, by provider: prepared <c>INSERT</c> statements on SQLite (in-process, where a
/// statement per row is fastest, see <see cref="PreparedCommand"/>), PostgreSQL's binary <c>COPY … FROM STDIN</c> on
/// Npgsql (<see cref="CopyRowWriter"/>; https://www.npgsql.org/doc/copy.html), which streams every row in one
/// round trip instead of one per row.
/// </summary>
internal static class RowWriter
{
    /// <summary>A writer of <typeparamref name="TEntity"/> rows setting <paramref name="propertyNames"/>, in that order.</summary>
    public static IRowWriter Create<TEntity>(DbContext context, params IReadOnlyList<string> propertyNames) =>
        context.Database.IsNpgsql()
            ? CopyRowWriter.Create<TEntity>(context, propertyNames)
            : PreparedCommand.CreateInsert<TEntity>(context, propertyNames);
}

/// <summary>
/// Rows sent with Npgsql's binary import (<c>COPY table (columns) FROM STDIN (FORMAT BINARY)</c>) on the context's
/// connection, inside its transaction. Table and column names come from the EF model and are quoted by the provider;
/// each value is written with its column's store type from the model (<c>integer</c>, <c>text</c>, <c>date</c>, …), after
/// the model's value converter if any, so that the rows read back as if EF had written them.
/// </summary>
internal sealed class CopyRowWriter : IRowWriter
{
    private readonly NpgsqlBinaryImporter _importer;
    private readonly string[] _storeTypes;
    private readonly ValueConverter?[] _converters;

    private CopyRowWriter(NpgsqlBinaryImporter importer, string[] storeTypes, ValueConverter?[] converters)
    {
        _importer = importer;
        _storeTypes = storeTypes;
        _converters = converters;
    }

    /// <summary>Starts the <c>COPY</c> of <typeparamref name="TEntity"/>'s <paramref name="propertyNames"/>.</summary>
    public static CopyRowWriter Create<TEntity>(DbContext context, IReadOnlyList<string> propertyNames)
    {
        if (context.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("import commands run inside the import transaction");
        }

        var (entityType, table, sql) = PreparedCommand.Describe<TEntity>(context);
        var columns = new string[propertyNames.Count];
        var storeTypes = new string[propertyNames.Count];
        var converters = new ValueConverter?[propertyNames.Count];
        for (var i = 0; i < propertyNames.Count; i++)
        {
            IProperty property = entityType.FindProperty(propertyNames[i])
                ?? throw new InvalidOperationException($"{typeof(TEntity).Name}.{propertyNames[i]} is not in the model");
            columns[i] = sql.DelimitIdentifier(property.GetColumnName(table)
                ?? throw new InvalidOperationException($"{typeof(TEntity).Name}.{propertyNames[i]} has no column"));
            var mapping = property.GetRelationalTypeMapping();
            storeTypes[i] = mapping.StoreType;
            converters[i] = mapping.Converter;
        }

        var connection = (NpgsqlConnection)context.Database.GetDbConnection();
        var copy = string.Create(
            CultureInfo.InvariantCulture,
            $"COPY {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns)}) FROM STDIN (FORMAT BINARY)");
        return new CopyRowWriter(connection.BeginBinaryImport(copy), storeTypes, converters);
    }

    /// <inheritdoc />
    public void Execute(params ReadOnlySpan<object?> values)
    {
        if (values.Length != _storeTypes.Length)
        {
            throw new ArgumentException($"expected {_storeTypes.Length} values, got {values.Length}", nameof(values));
        }

        _importer.StartRow();
        for (var i = 0; i < values.Length; i++)
        {
            var value = values[i];
            if (value is null)
            {
                _importer.WriteNull();
                continue;
            }

            if (_converters[i] is { } converter)
            {
                value = converter.ConvertToProvider(value)!;
            }

            _importer.Write(value, _storeTypes[i]);
        }
    }

    /// <inheritdoc />
    public void Complete() => _importer.Complete();

    /// <inheritdoc />
    public void Dispose() => _importer.Dispose();
}
