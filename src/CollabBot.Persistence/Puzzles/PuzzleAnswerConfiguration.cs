using CollabBot.Domain.Puzzles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CollabBot.Persistence.Puzzles;

internal sealed class PuzzleAnswerConfiguration : IEntityTypeConfiguration<PuzzleAnswer>
{
    public void Configure(EntityTypeBuilder<PuzzleAnswer> builder)
    {
        builder.ToTable("puzzle_answers");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Text).HasMaxLength(PuzzleAnswer.MaxTextLength);
        builder.HasIndex(a => a.MemberId);
    }
}
