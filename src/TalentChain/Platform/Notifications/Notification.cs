using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentChain.Platform.Data;

namespace TalentChain.Platform.Notifications;

/// <summary>
/// One message to one recipient: shown in the app to the recipient's account (when there is one) and e-mailed to
/// <see cref="EmailTo"/> (when set) by the mail outbox after the creating transaction commits.
/// </summary>
public class Notification : INotAudited
{
    public long Id { get; set; }
    /// <summary>"user:{id}" or "employee:{id}" — with <see cref="DedupKey"/> unique, so a reminder is sent once.</summary>
    public required string Recipient { get; set; }
    public string? UserId { get; set; }
    public int? EmployeeId { get; set; }
    /// <summary>The resource key of the subject: what kind of message this is.</summary>
    public required string Kind { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    /// <summary>App-relative link, e.g. "/program/reviews/12".</summary>
    public string? Link { get; set; }
    public string? DedupKey { get; set; }
    public required string Culture { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }

    public string? EmailTo { get; set; }
    public DateTimeOffset? EmailSentAt { get; set; }
    /// <summary>Set by the node that is sending the e-mail (row-level claim, so two nodes never send it twice).</summary>
    public string? EmailClaim { get; set; }
    public DateTimeOffset? EmailClaimedAt { get; set; }
    public int EmailAttempts { get; set; }
    public string? EmailError { get; set; }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.Property(x => x.Recipient).HasMaxLength(80);
        b.Property(x => x.UserId).HasMaxLength(450);
        b.Property(x => x.Kind).HasMaxLength(120);
        b.Property(x => x.Subject).HasMaxLength(300);
        b.Property(x => x.Body).HasMaxLength(4000);
        b.Property(x => x.Link).HasMaxLength(500);
        b.Property(x => x.DedupKey).HasMaxLength(200);
        b.Property(x => x.Culture).HasMaxLength(10);
        b.Property(x => x.EmailTo).HasMaxLength(256);
        b.Property(x => x.EmailClaim).HasMaxLength(64);
        b.Property(x => x.EmailError).HasMaxLength(1000);
        b.HasIndex(x => new { x.Recipient, x.DedupKey }).IsUnique();
        b.HasIndex(x => new { x.UserId, x.ReadAt });
        b.HasIndex(x => x.EmailSentAt);
    }
}
