using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Puzzles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CollabBot.Persistence.Puzzles;

internal sealed class PuzzleConfiguration : IEntityTypeConfiguration<Puzzle>
{
    public void Configure(EntityTypeBuilder<Puzzle> builder)
    {
        builder.ToTable("puzzles");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Statement).HasMaxLength(Puzzle.MaxStatementLength);
        builder.HasIndex(p => new { p.CollaborationId, p.Number }).IsUnique();
        builder.HasOne<Collaboration>().WithMany().HasForeignKey(p => p.CollaborationId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(p => p.IsOpen);
        builder.HasMany(p => p.Answers).WithOne().HasForeignKey(a => a.PuzzleId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Answers).HasField("_answers").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
