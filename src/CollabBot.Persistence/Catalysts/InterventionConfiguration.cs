using CollabBot.Domain.Catalysts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CollabBot.Persistence.Catalysts;

internal sealed class InterventionConfiguration : IEntityTypeConfiguration<Intervention>
{
    public void Configure(EntityTypeBuilder<Intervention> builder)
    {
        builder.ToTable("interventions");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.HasIndex(i => new { i.CollaborationId, i.Rule, i.At });
        builder.Property(i => i.Signals).HasMaxLength(500);
        builder.Property(i => i.Message).HasMaxLength(1000);
        builder.Ignore(i => i.EffectText);
        builder.HasIndex(i => new { i.Route, i.Responded, i.At });
    }
}
