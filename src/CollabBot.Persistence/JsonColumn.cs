using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CollabBot.Persistence;

/// <summary>A small list kept in one JSON text column, compared by content so that changes are saved.</summary>
internal static class JsonColumn
{
    public static ValueConverter<List<T>, string> Converter<T>() => new(
        v => JsonSerializer.Serialize(v, JsonSerializerOptions.Default),
        v => JsonSerializer.Deserialize<List<T>>(v, JsonSerializerOptions.Default) ?? new List<T>());

    public static ValueComparer<List<T>> Comparer<T>() => new(
        (a, b) => a!.SequenceEqual(b!),
        v => v.Aggregate(0, (h, x) => HashCode.Combine(h, x)),
        v => v.ToList());
}
