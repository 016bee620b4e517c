using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Qualify.Storage.Import;

/// <summary>
/// A prepared ADO.NET command with fixed SQL text, run on the context's connection inside its current
/// transaction: the importer's way to write about 100,000 rows, which EF change tracking makes far too slow.
/// Table and column names come from the EF model and are quoted by the provider's SQL helper; values travel only
/// as parameters, created and converted with the provider's type mappings, so rows read back through EF exactly
/// as if EF had written them.
/// </summary>
internal sealed class PreparedCommand : IRowWriter
{
    private readonly DbCommand _command;
    private readonly DbParameter[] _parameters;
    private readonly ValueConverter?[] _converters;

    private PreparedCommand(DbCommand command, DbParameter[] parameters, ValueConverter?[] converters)
    {
        _command = command;
        _parameters = parameters;
        _converters = converters;
    }

    /// <summary>An <c>INSERT</c> of one <typeparamref name="TEntity"/> row setting the given properties, in that order.</summary>
    /// <remarks>
    /// One row per statement: multi-row <c>VALUES</c> lists were measured slower with Microsoft.Data.Sqlite, which
    /// looks each parameter up by name when binding (quadratic in the parameter count).
    /// </remarks>
    public static PreparedCommand CreateInsert<TEntity>(DbContext context, params IReadOnlyList<string> propertyNames)
    {
        var (entityType, table, sql) = Describe<TEntity>(context);
        var command = CreateCommand(context);
        var parameters = new DbParameter[propertyNames.Count];
        var converters = new ValueConverter?[propertyNames.Count];
        var columns = new string[propertyNames.Count];
        var placeholders = new string[propertyNames.Count];
        for (var i = 0; i < propertyNames.Count; i++)
        {
            var property = entityType.FindProperty(propertyNames[i])
                ?? throw new InvalidOperationException($"{typeof(TEntity).Name}.{propertyNames[i]} is not in the model");
            var column = property.GetColumnName(table)
                ?? throw new InvalidOperationException($"{typeof(TEntity).Name}.{propertyNames[i]} has no column");
            var mapping = property.GetRelationalTypeMapping();
            var name = "p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            columns[i] = sql.DelimitIdentifier(column);
            placeholders[i] = sql.GenerateParameterNamePlaceholder(name);
            parameters[i] = mapping.CreateParameter(command, sql.GenerateParameterName(name), value: null, nullable: property.IsNullable);
            converters[i] = mapping.Converter;
            command.Parameters.Add(parameters[i]);
        }

        return Prepare(
            command,
            $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", placeholders)})",
            parameters,
            converters);
    }

    /// <summary>A <c>DELETE</c> of every <typeparamref name="TEntity"/> row.</summary>
    public static PreparedCommand CreateDeleteAll<TEntity>(DbContext context)
    {
        var (_, table, sql) = Describe<TEntity>(context);
        return Prepare(CreateCommand(context), $"DELETE FROM {sql.DelimitIdentifier(table.Name, table.Schema)}", [], []);
    }

    /// <summary>Runs the command once, with one value per parameter, in the order given when it was created.</summary>
    public void Execute(params ReadOnlySpan<object?> values)
    {
        if (values.Length != _parameters.Length)
        {
            throw new ArgumentException($"expected {_parameters.Length} values, got {values.Length}", nameof(values));
        }

        for (var i = 0; i < values.Length; i++)
        {
            var value = values[i];
            if (value is not null && _converters[i] is { } converter)
            {
                value = converter.ConvertToProvider(value);
            }

            _parameters[i].Value = value ?? DBNull.Value;
        }

        _command.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public void Complete()
    {
        // Each row was sent by its own statement.
    }

    /// <inheritdoc />
    public void Dispose() => _command.Dispose();

    /// <summary>The entity type of <typeparamref name="TEntity"/>, its table and the provider's SQL helper.</summary>
    internal static (IEntityType EntityType, StoreObjectIdentifier Table, ISqlGenerationHelper Sql) Describe<TEntity>(DbContext context)
    {
        var entityType = context.Model.FindEntityType(typeof(TEntity))
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model");
        var tableName = entityType.GetTableName()
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not mapped to a table");
        return (entityType, StoreObjectIdentifier.Table(tableName, entityType.GetSchema()), context.GetService<ISqlGenerationHelper>());
    }

    private static DbCommand CreateCommand(DbContext context)
    {
        var transaction = context.Database.CurrentTransaction
            ?? throw new InvalidOperationException("import commands run inside the import transaction");
        var command = context.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        return command;
    }

    private static PreparedCommand Prepare(DbCommand command, string text, DbParameter[] parameters, ValueConverter?[] converters)
    {
#pragma warning disable CA2100 // Fixed text: identifiers from the EF model, every value a parameter.
        command.CommandText = text;
#pragma warning restore CA2100
        command.Prepare();
        return new PreparedCommand(command, parameters, converters);
    }
}
