using CollabBot.Domain;
using System.Text.Json;
using CollabBot.Domain.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CollabBot.Persistence.Configurations;

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> builder)
    {
        builder.ToTable("members");
        builder.HasKey(m => m.Id);
        // Ids are made by the domain; a member added to a loaded collaboration must be inserted, not updated.
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.PlatformUserId).HasMaxLength(PlatformIds.MaxUserId);
        builder.Property(m => m.DisplayName).HasMaxLength(Member.MaxDisplayNameLength);
        builder.Property(m => m.TimeZoneId).HasMaxLength(64);
        builder.HasIndex(m => new { m.CollaborationId, m.PlatformUserId }).IsUnique();
        builder.HasIndex(m => m.PlatformUserId);
        builder.Property<List<string>>("_assets")
            .HasColumnName("assets")
            .HasConversion(
                v => JsonSerializer.Serialize(v, JsonSerializerOptions.Default),
                v => JsonSerializer.Deserialize<List<string>>(v, JsonSerializerOptions.Default) ?? new List<string>(),
                new ValueComparer<List<string>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, HashCode.Combine), v => v.ToList()));
        builder.Ignore(m => m.Assets);
        builder.Property<List<AwayPeriod>>("_awayPeriods")
            .HasColumnName("away_periods")
            .HasConversion(
                v => JsonSerializer.Serialize(v, JsonSerializerOptions.Default),
                v => JsonSerializer.Deserialize<List<AwayPeriod>>(v, JsonSerializerOptions.Default) ?? new List<AwayPeriod>(),
                new ValueComparer<List<AwayPeriod>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, HashCode.Combine), v => v.ToList()));
        builder.Ignore(m => m.AwayPeriods);
    }
}
