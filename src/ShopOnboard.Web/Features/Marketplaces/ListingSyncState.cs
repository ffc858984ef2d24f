using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopOnboard.Web.Features.Listings;

namespace ShopOnboard.Web.Features.Marketplaces;

/// <summary>
/// Where one listing stands on one marketplace. This row, not the job queue, is the record of pending
/// work: a sweeper re-enqueues every row whose <see cref="SyncedVersion"/> lags <see cref="WantedVersion"/>.
/// </summary>
public class ListingSyncState
{
    public int Id { get; set; }
    public int ListingId { get; set; }
    public Listing Listing { get; set; } = null!;
    public Marketplace Marketplace { get; set; }
    public string? ExternalItemId { get; set; }
    public SyncStatus Status { get; set; }

    /// <summary>Bumped on every change the marketplace must hear about.</summary>
    public int WantedVersion { get; set; }

    public int SyncedVersion { get; set; }
    public int FailedAttempts { get; set; }
    public DateTime? NextAttemptAt { get; set; }
    public DateTime? LastSyncedAt { get; set; }
    public string? LastError { get; set; }
}

public enum SyncStatus
{
    Pending,
    Synced,
    Failed,
}

internal sealed class ListingSyncStateConfiguration : IEntityTypeConfiguration<ListingSyncState>
{
    public void Configure(EntityTypeBuilder<ListingSyncState> state)
    {
        state.Property(s => s.ExternalItemId).HasMaxLength(64).IsUnicode(false);
        state.Property(s => s.LastError).HasMaxLength(500);
        state.HasIndex(s => new { s.ListingId, s.Marketplace }).IsUnique();
        state.HasIndex(s => new { s.Status, s.NextAttemptAt });
        state.HasOne(s => s.Listing).WithMany().OnDelete(DeleteBehavior.Cascade);
    }
}
