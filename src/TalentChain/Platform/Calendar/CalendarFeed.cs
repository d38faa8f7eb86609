using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentChain.Platform.Audit;
using TalentChain.Platform.Calendar;

namespace TalentChain.Platform.Calendar
{
    /// <summary>The secret that opens a user's personal calendar feed (.ics). Regenerating replaces it.</summary>
    public class CalendarFeed
    {
        public int Id { get; set; }
        public required string UserId { get; set; }
        /// <summary>The token in the feed URL (a secret column: the audit log masks it).</summary>
        public required string Value { get; set; }
        public DateTimeOffset CreatedAt { get; set; }
    }

    internal sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
    {
        public void Configure(EntityTypeBuilder<CalendarFeed> b)
        {
            b.HasIndex(x => x.UserId).IsUnique();
            b.HasIndex(x => x.Value).IsUnique();
            b.Property(x => x.UserId).HasMaxLength(450);
            b.Property(x => x.Value).HasMaxLength(100).IsSecret();
        }
    }
}

namespace TalentChain.Platform.Data
{
    public partial class TalentChainDbContext
    {
        public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();
    }
}
