using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ShopOnboard.Web.Features.Analytics.Snapshots;

/// <summary>
/// A village whose <see cref="UnitSnapshot"/> is out of date: the database's record of pending refresh work,
/// so a lost job loses nothing. <see cref="Version"/> grows with every new change; the refresh deletes the row
/// only if it still has the version it read, so a change made while it ran is refreshed next time.
/// </summary>
public class StaleUnit
{
    public int UnitId { get; set; }
    public long Version { get; set; }
}

internal sealed class StaleUnitConfiguration : IEntityTypeConfiguration<StaleUnit>
{
    public void Configure(EntityTypeBuilder<StaleUnit> stale)
    {
        stale.HasKey(s => s.UnitId);
        stale.Property(s => s.UnitId).ValueGeneratedNever();
    }
}
