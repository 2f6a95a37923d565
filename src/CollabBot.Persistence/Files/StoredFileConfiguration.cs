using CollabBot.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CollabBot.Persistence.Files;

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> builder)
    {
        builder.ToTable("files");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.WorkspaceId).HasMaxLength(200);
        builder.Property(f => f.OwnerUserId).HasMaxLength(PlatformIds.MaxUserId);
        builder.Property(f => f.Name).HasMaxLength(200);
        builder.Property(f => f.ContentType).HasMaxLength(100);
        builder.HasIndex(f => new { f.Platform, f.WorkspaceId, f.OwnerUserId });
    }
}
