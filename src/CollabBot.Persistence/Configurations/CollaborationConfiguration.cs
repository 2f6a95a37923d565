using CollabBot.Domain;
using System.Text.Json;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Participation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CollabBot.Persistence.Configurations;

internal sealed class CollaborationConfiguration : IEntityTypeConfiguration<Collaboration>
{
    public void Configure(EntityTypeBuilder<Collaboration> builder)
    {
        builder.ToTable("collaborations");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.ChannelId).HasMaxLength(PlatformIds.MaxConversationId);
        builder.Property(c => c.Name).HasMaxLength(Collaboration.MaxNameLength);
        builder.Property(c => c.Challenge).HasMaxLength(Collaboration.MaxTextLength);
        builder.Property(c => c.BigWin).HasMaxLength(Collaboration.MaxTextLength);
        builder.Property(c => c.TimeZoneId).HasMaxLength(64);
        builder.HasIndex(c => new { c.WorkspaceId, c.ChannelId }).IsUnique();
        builder.HasIndex(c => c.PhaseStartedAt);
        builder.HasOne<Domain.Workspaces.Workspace>().WithMany().HasForeignKey(c => c.WorkspaceId);

        builder.Property<Dictionary<Phase, int>>("_plannedDays")
            .HasColumnName("planned_days")
            .HasConversion(
                v => JsonSerializer.Serialize(v, JsonSerializerOptions.Default),
                v => JsonSerializer.Deserialize<Dictionary<Phase, int>>(v, JsonSerializerOptions.Default) ?? new Dictionary<Phase, int>(),
                new ValueComparer<Dictionary<Phase, int>>(
                    (a, b) => a!.Count == b!.Count && !a.Except(b).Any(),
                    v => v.Aggregate(0, (h, kv) => HashCode.Combine(h, kv.Key, kv.Value)),
                    v => new Dictionary<Phase, int>(v)));
        builder.Ignore(c => c.PlannedDays);
        builder.Property<List<string>>("_mutedCatalysts")
            .HasColumnName("muted_catalysts")
            .HasConversion(
                v => JsonSerializer.Serialize(v, JsonSerializerOptions.Default),
                v => JsonSerializer.Deserialize<List<string>>(v, JsonSerializerOptions.Default) ?? new List<string>(),
                new ValueComparer<List<string>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, HashCode.Combine), v => v.ToList()));
        builder.Ignore(c => c.MutedCatalysts);
        builder.Property(c => c.FadeSettings)
            .HasColumnName("fade_settings")
            .HasConversion(
                v => JsonSerializer.Serialize(v, JsonSerializerOptions.Default),
                v => JsonSerializer.Deserialize<FadeSettings>(v, JsonSerializerOptions.Default) ?? FadeSettings.Default,
                new ValueComparer<FadeSettings>((a, b) => a == b, v => v.GetHashCode(), v => v));

        builder.Property(c => c.SummaryCron).HasMaxLength(100);
        builder.HasIndex(c => new { c.SummaryCron, c.TimeZoneId });

        builder.HasMany(c => c.Members).WithOne().HasForeignKey(m => m.CollaborationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Members).HasField("_members").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(c => c.PhaseHistory).WithOne().HasForeignKey(t => t.CollaborationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.PhaseHistory).HasField("_phaseHistory").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
