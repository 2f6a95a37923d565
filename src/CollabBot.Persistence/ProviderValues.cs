using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CollabBot.Persistence;

/// <summary>Values and parameters for plain SQL, in the form the model stores them.</summary>
internal static class ProviderValues
{
    /// <summary>The value as the model stores <typeparamref name="TEntity"/>'s property (SQLite keeps dates as sortable numbers, enums as integers).</summary>
    public static object Of<TEntity>(DbContext db, string property, object value)
    {
        var mapping = db.Model.FindEntityType(typeof(TEntity))!.FindProperty(property)!.GetTypeMapping();
        return Stored(mapping, value)!;
    }

    /// <summary>The value as a property with this mapping stores it; null stays null.</summary>
    public static object? Stored(CoreTypeMapping mapping, object? value) =>
        value is null ? null : mapping.Converter?.ConvertToProvider(value) ?? value;

    public static DbParameter AddParameter(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }

    /// <summary>A parameter typed as the model stores <typeparamref name="TEntity"/>'s property (its converter and the provider's own parameter settings).</summary>
    public static DbParameter AddParameter<TEntity>(this DbCommand command, DbContext db, string name, string property, object? value)
    {
        var mapping = (RelationalTypeMapping)db.Model.FindEntityType(typeof(TEntity))!.FindProperty(property)!.GetTypeMapping();
        var parameter = mapping.CreateParameter(command, name, value, nullable: true);
        command.Parameters.Add(parameter);
        return parameter;
    }
}
