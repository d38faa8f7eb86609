using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentChain.Platform.Audit;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Jobs;

namespace TalentChain.Platform.Data;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(x => x.UserName).HasMaxLength(256);
        b.Property(x => x.Entity).HasMaxLength(100);
        b.Property(x => x.EntityKey).HasMaxLength(200);
        b.Property(x => x.PreviousHash).HasMaxLength(64);
        b.Property(x => x.Hash).HasMaxLength(64);
        b.HasIndex(x => x.At);
        b.HasIndex(x => new { x.Entity, x.EntityKey });
        b.HasIndex(x => x.UserName);
    }
}

internal sealed class PersonalAccessTokenConfiguration : IEntityTypeConfiguration<PersonalAccessToken>
{
    public void Configure(EntityTypeBuilder<PersonalAccessToken> b)
    {
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Prefix).HasMaxLength(16);
        b.Property(x => x.SecretHash).HasMaxLength(64).IsSecret();
        b.HasIndex(x => x.SecretHash).IsUnique();
        b.HasIndex(x => x.UserId);
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>Identity's own mapping comes from IdentityDbContext; this adds which of its columns the audit log masks.</summary>
internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.Property(x => x.PasswordHash).IsSecret();
        b.Property(x => x.SecurityStamp).IsSecret();
        b.Property(x => x.ConcurrencyStamp).IsSecret();
    }
}

internal sealed class IdentityRoleConfiguration : IEntityTypeConfiguration<IdentityRole>
{
    public void Configure(EntityTypeBuilder<IdentityRole> b) => b.Property(x => x.ConcurrencyStamp).IsSecret();
}

/// <summary>Authenticator keys and recovery codes.</summary>
internal sealed class IdentityUserTokenConfiguration : IEntityTypeConfiguration<IdentityUserToken<string>>
{
    public void Configure(EntityTypeBuilder<IdentityUserToken<string>> b) => b.Property(x => x.Value).IsSecret();
}

internal sealed class SignInThrottleEntryConfiguration : IEntityTypeConfiguration<SignInThrottleEntry>
{
    public void Configure(EntityTypeBuilder<SignInThrottleEntry> b)
    {
        b.ToTable("SignInThrottles");
        b.HasKey(x => x.AccountKey);
        b.Property(x => x.AccountKey).HasMaxLength(64);
        b.HasIndex(x => x.LastFailureAt);
    }
}

internal sealed class BackgroundJobConfiguration : IEntityTypeConfiguration<BackgroundJob>
{
    public void Configure(EntityTypeBuilder<BackgroundJob> b)
    {
        b.Property(x => x.Kind).HasMaxLength(60);
        b.Property(x => x.Title).HasMaxLength(300);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.Property(x => x.Phase).HasMaxLength(100);
        b.Property(x => x.Subject).HasMaxLength(100);
        b.Property(x => x.Policy).HasMaxLength(100);
        b.HasIndex(x => x.Subject);
        b.Ignore(x => x.Percent);
        b.Ignore(x => x.IsFinished);
        b.HasIndex(x => x.CreatedAt);
        b.Property(x => x.RunningOn).HasMaxLength(200);
        b.HasIndex(x => x.Status);
    }
}

internal sealed class JobPayloadConfiguration : IEntityTypeConfiguration<JobPayload>
{
    public void Configure(EntityTypeBuilder<JobPayload> b)
    {
        b.ToTable("JobPayloads");
        b.HasKey(x => x.JobId);
        b.Property(x => x.JobId).ValueGeneratedNever();
    }
}

internal sealed class PeriodicTaskRunConfiguration : IEntityTypeConfiguration<PeriodicRun>
{
    public void Configure(EntityTypeBuilder<PeriodicRun> b)
    {
        b.ToTable("PeriodicTaskRuns");
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Node).HasMaxLength(200);
        b.Property(x => x.Error).HasMaxLength(2000);
        b.HasIndex(x => new { x.Name, x.ScheduledFor });
    }
}

/// <summary>
/// The data-protection package's key entity, mapped as the hand-written one was (table DataProtectionKeys, Xml not
/// null, FriendlyName up to 200), so databases created before keep their key ring.
/// </summary>
internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> b)
    {
        b.ToTable("DataProtectionKeys");
        b.Property(x => x.FriendlyName).HasMaxLength(200);
        b.Property(x => x.Xml).IsRequired();
    }
}
