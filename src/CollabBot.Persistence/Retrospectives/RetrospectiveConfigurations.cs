using CollabBot.Domain.Retrospectives;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CollabBot.Persistence.Retrospectives;

internal sealed class RetrospectiveConfiguration : IEntityTypeConfiguration<Retrospective>
{
    public void Configure(EntityTypeBuilder<Retrospective> builder)
    {
        builder.ToTable("retrospectives");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasIndex(r => new { r.CollaborationId, r.OpenedAt });
        builder.HasIndex(r => new { r.ClosedAt, r.ClosesAt });
        builder.Property(r => r.Summary).HasMaxLength(Retrospective.MaxSummaryLength);
    }
}

internal sealed class RetrospectiveAnswerConfiguration : IEntityTypeConfiguration<RetrospectiveAnswer>
{
    public void Configure(EntityTypeBuilder<RetrospectiveAnswer> builder)
    {
        builder.ToTable("retrospective_answers");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasIndex(a => new { a.RetrospectiveId, a.MemberId }).IsUnique();
        builder.HasIndex(a => a.MemberId);
        builder.Property(a => a.Learned).HasMaxLength(RetrospectiveAnswer.MaxTextLength);
        builder.Property(a => a.ViewChanged).HasMaxLength(RetrospectiveAnswer.MaxTextLength);
        builder.Property(a => a.Keep).HasMaxLength(RetrospectiveAnswer.MaxTextLength);
    }
}
