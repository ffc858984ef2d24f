using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ShopOnboard.Web.Features.Audit;

/// <summary>Who changed what, when, with the values before and after (JSON). Never updated or deleted.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public string? UserId { get; set; }
    public required string Action { get; set; }
    public required string EntityType { get; set; }
    public required string EntityId { get; set; }

    /// <summary>Path of the unit the record belongs to, so a unit's reviewers can read its trail.</summary>
    public string? UnitPath { get; set; }

    public string? Before { get; set; }
    public string? After { get; set; }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.Property(e => e.Action).HasMaxLength(60).IsUnicode(false);
        entry.Property(e => e.EntityType).HasMaxLength(60).IsUnicode(false);
        entry.Property(e => e.EntityId).HasMaxLength(64).IsUnicode(false);
        entry.Property(e => e.UnitPath).HasMaxLength(200).IsUnicode(false);
        entry.HasIndex(e => new { e.EntityType, e.EntityId });
        entry.HasIndex(e => e.At);
    }
}
