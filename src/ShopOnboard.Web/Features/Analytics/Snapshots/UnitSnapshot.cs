using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopOnboard.Web.Features.Geography;

namespace ShopOnboard.Web.Features.Analytics.Snapshots;

/// <summary>
/// The onboarding figures of one unit that holds households directly (a village): its funnel, shops and
/// dormant shops. A larger unit's figures are the sum of the rows beneath it (at most ~1,700 for a province),
/// so a dashboard never counts 116,000 shops or 193,000 households per page view. Refreshed within a minute
/// of a change in the village (<see cref="StaleUnit"/>) and every night.
/// </summary>
public class UnitSnapshot
{
    public int UnitId { get; set; }
    public AdministrativeUnit Unit { get; set; } = null!;

    public int Households { get; set; }
    public int HouseholdsWithShop { get; set; }
    public int HouseholdsWithEPayment { get; set; }

    // The funnel, in households (see Funnel).
    public int Visited { get; set; }
    public int ShopCreated { get; set; }
    public int PaymentAccount { get; set; }
    public int FirstListing { get; set; }
    public int FirstOrder { get; set; }
    public int RepeatSeller { get; set; }

    /// <summary>Shops not closed.</summary>
    public int Shops { get; set; }

    public int ActiveShops { get; set; }

    /// <summary>Active shops without a counted order in <see cref="Dashboard.OnboardingQuery.DormantAfterDays"/> days.</summary>
    public int DormantShops { get; set; }

    public DateTime RefreshedAt { get; set; }

    public Dashboard.Funnel Funnel => new(Households, Visited, ShopCreated, PaymentAccount, FirstListing, FirstOrder, RepeatSeller);
}

internal sealed class UnitSnapshotConfiguration : IEntityTypeConfiguration<UnitSnapshot>
{
    public void Configure(EntityTypeBuilder<UnitSnapshot> snapshot)
    {
        snapshot.HasKey(s => s.UnitId);
        snapshot.Property(s => s.UnitId).ValueGeneratedNever();
        snapshot.Ignore(s => s.Funnel);
        snapshot.HasOne(s => s.Unit).WithOne().HasForeignKey<UnitSnapshot>(s => s.UnitId).OnDelete(DeleteBehavior.Cascade);
    }
}
