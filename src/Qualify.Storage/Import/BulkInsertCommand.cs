using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Qualify.Storage.Import;

/// <summary>
/// A prepared, parameterised <c>INSERT</c> of one entity's row, run many times on the context's connection
/// inside its current transaction: change tracking costs far too much for 100,000 rows. The SQL text is fixed
/// per command and built from the EF model (table and column names, quoted by the provider's SQL helper);
/// values travel only as parameters, created and converted with the provider's type mappings, so the rows
/// read back through EF exactly as if EF had written them.
/// </summary>
internal sealed class BulkInsertCommand : IDisposable
{
    private readonly DbCommand _command;
    private readonly DbParameter[] _parameters;
    private readonly ValueConverter?[] _converters;

    private BulkInsertCommand(DbCommand command, DbParameter[] parameters, ValueConverter?[] converters)
    {
        _command = command;
        _parameters = parameters;
        _converters = converters;
    }

    /// <summary>Prepares an insert of <typeparamref name="TEntity"/> setting the given properties, in that order.</summary>
    public static BulkInsertCommand Create<TEntity>(DbContext context, params IReadOnlyList<string> propertyNames)
    {
        var entityType = context.Model.FindEntityType(typeof(TEntity))
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model");
        var tableName = entityType.GetTableName()
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not mapped to a table");
        var table = StoreObjectIdentifier.Table(tableName, entityType.GetSchema());
        var sql = context.GetService<ISqlGenerationHelper>();
        var transaction = context.Database.CurrentTransaction
            ?? throw new InvalidOperationException("bulk inserts run inside the import transaction");

        var command = context.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        var parameters = new DbParameter[propertyNames.Count];
        var converters = new ValueConverter?[propertyNames.Count];
        var columns = new string[propertyNames.Count];
        var placeholders = new string[propertyNames.Count];
        for (var i = 0; i < propertyNames.Count; i++)
        {
            var property = entityType.FindProperty(propertyNames[i])
                ?? throw new InvalidOperationException($"{typeof(TEntity).Name}.{propertyNames[i]} is not in the model");
            var mapping = property.GetRelationalTypeMapping();
            var name = "p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            columns[i] = sql.DelimitIdentifier(property.GetColumnName(table)
                ?? throw new InvalidOperationException($"{typeof(TEntity).Name}.{propertyNames[i]} has no column"));
            placeholders[i] = sql.GenerateParameterNamePlaceholder(name);
            parameters[i] = mapping.CreateParameter(command, sql.GenerateParameterName(name), value: null, nullable: property.IsNullable);
            converters[i] = mapping.Converter;
            command.Parameters.Add(parameters[i]);
        }

#pragma warning disable CA2100 // Identifiers come from the EF model; every value is a parameter.
        command.CommandText =
            $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", placeholders)})";
#pragma warning restore CA2100
        command.Prepare();
        return new BulkInsertCommand(command, parameters, converters);
    }

    /// <summary>Inserts one row: one value per property given to <see cref="Create{TEntity}"/>, in that order.</summary>
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
    public void Dispose() => _command.Dispose();
}
