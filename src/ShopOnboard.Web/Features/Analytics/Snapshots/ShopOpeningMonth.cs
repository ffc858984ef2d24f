using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopOnboard.Web.Features.Geography;

namespace ShopOnboard.Web.Features.Analytics.Snapshots;

/// <summary>
/// How many of a village's shops (not closed) were opened in a month (Asia/Ho_Chi_Minh): the "shops over
/// time" chart sums these (≤ 1,700 villages x 24 months for a province) instead of reading every shop.
/// Refreshed with the village's <see cref="UnitSnapshot"/>.
/// </summary>
public class ShopOpeningMonth
{
    public int UnitId { get; set; }
    public AdministrativeUnit Unit { get; set; } = null!;

    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; set; }

    public int Opened { get; set; }
}

internal sealed class ShopOpeningMonthConfiguration : IEntityTypeConfiguration<ShopOpeningMonth>
{
    public void Configure(EntityTypeBuilder<ShopOpeningMonth> month)
    {
        month.HasKey(m => new { m.UnitId, m.Month });
        month.HasOne(m => m.Unit).WithMany().OnDelete(DeleteBehavior.Cascade);
    }
}
