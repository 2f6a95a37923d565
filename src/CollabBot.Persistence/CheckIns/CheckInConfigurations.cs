using System.Text.Json;
using CollabBot.Domain.CheckIns;
using CollabBot.Domain.ValueChains;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CollabBot.Persistence.CheckIns;

internal sealed class CheckInScheduleConfiguration : IEntityTypeConfiguration<CheckInSchedule>
{
    public void Configure(EntityTypeBuilder<CheckInSchedule> builder)
    {
        builder.ToTable("checkin_schedules");
        builder.HasKey(s => s.CollaborationId);
        builder.Property(s => s.Cron).HasMaxLength(100);
        builder.Property(s => s.TimeZoneId).HasMaxLength(64);
        builder.Property<List<DateOnly>>("_skipDates")
            .HasColumnName("skip_dates")
            .HasConversion(
                v => JsonSerializer.Serialize(v, JsonSerializerOptions.Default),
                v => JsonSerializer.Deserialize<List<DateOnly>>(v, JsonSerializerOptions.Default) ?? new List<DateOnly>(),
                new ValueComparer<List<DateOnly>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, d) => HashCode.Combine(h, d)), v => v.ToList()));
        builder.Ignore(s => s.SkipDates);
    }
}

internal sealed class CheckInOccurrenceConfiguration : IEntityTypeConfiguration<CheckInOccurrence>
{
    public void Configure(EntityTypeBuilder<CheckInOccurrence> builder)
    {
        builder.ToTable("checkin_occurrences");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        // One occurrence per schedule time, even when two hosts run it at once.
        builder.HasIndex(o => new { o.CollaborationId, o.ScheduledAt }).IsUnique();
        builder.HasIndex(o => new { o.RemindAt, o.ClosesAt });
        builder.Property<List<Guid>>("_promptedMemberIds")
            .HasColumnName("prompted_member_ids")
            .HasConversion(
                v => JsonSerializer.Serialize(v, JsonSerializerOptions.Default),
                v => JsonSerializer.Deserialize<List<Guid>>(v, JsonSerializerOptions.Default) ?? new List<Guid>(),
                new ValueComparer<List<Guid>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, d) => HashCode.Combine(h, d)), v => v.ToList()));
        builder.Ignore(o => o.PromptedMemberIds);
    }
}

internal sealed class CheckInAnswerConfiguration : IEntityTypeConfiguration<CheckInAnswer>
{
    public void Configure(EntityTypeBuilder<CheckInAnswer> builder)
    {
        builder.ToTable("checkin_answers");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasIndex(a => new { a.OccurrenceId, a.MemberId }).IsUnique();
        builder.HasIndex(a => a.MemberId);
        builder.Property(a => a.SmallWin).HasMaxLength(CheckInAnswer.MaxTextLength);
        builder.Property(a => a.Obstacle).HasMaxLength(CheckInAnswer.MaxTextLength);
    }
}

internal sealed class CommitmentConfiguration : IEntityTypeConfiguration<Commitment>
{
    public void Configure(EntityTypeBuilder<Commitment> builder)
    {
        builder.ToTable("commitments");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasIndex(c => new { c.MemberId, c.MadeAt });
        builder.Property(c => c.Want).HasMaxLength(500);
        builder.Property(c => c.Give).HasMaxLength(500);
    }
}

internal sealed class SmallWinConfiguration : IEntityTypeConfiguration<SmallWin>
{
    public void Configure(EntityTypeBuilder<SmallWin> builder)
    {
        builder.ToTable("small_wins");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).ValueGeneratedNever();
        builder.HasIndex(w => new { w.MemberId, w.At });
        builder.HasIndex(w => new { w.CollaborationId, w.At });
        builder.HasIndex(w => w.CheckInAnswerId);
        builder.HasIndex(w => new { w.CollaborationId, w.Celebrate, w.CelebratedAt });
        builder.Property(w => w.Text).HasMaxLength(1000);
        builder.HasIndex(w => w.MilestoneId);
    }
}

internal sealed class MilestoneConfiguration : IEntityTypeConfiguration<Milestone>
{
    public void Configure(EntityTypeBuilder<Milestone> builder)
    {
        builder.ToTable("milestones");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.HasIndex(m => new { m.CollaborationId, m.Number }).IsUnique();
        builder.Property(m => m.Text).HasMaxLength(Milestone.MaxTextLength);
    }
}

internal sealed class ValueOfferConfiguration : IEntityTypeConfiguration<ValueOffer>
{
    public void Configure(EntityTypeBuilder<ValueOffer> builder)
    {
        builder.ToTable("value_offers");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.HasIndex(o => o.CollaborationId);
        builder.HasIndex(o => o.ForMemberId);
        builder.Property(o => o.Text).HasMaxLength(500);
    }
}
