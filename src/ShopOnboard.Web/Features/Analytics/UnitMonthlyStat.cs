using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopOnboard.Web.Features.Geography;
using ShopOnboard.Web.Features.Orders;

namespace ShopOnboard.Web.Features.Analytics;

/// <summary>
/// One unit's counted orders in one month (Asia/Ho_Chi_Minh) on one channel, for the unit's whole subtree:
/// a village's orders are added to the village, its commune, its district and its province. Dashboards of
/// any unit therefore read at most 24 months x 5 channels rows, whatever the number of orders beneath.
/// Written with every order change, like <see cref="ShopDailyStat"/>, and rebuilt nightly from orders.
/// </summary>
public class UnitMonthlyStat
{
    public int UnitId { get; set; }
    public AdministrativeUnit Unit { get; set; } = null!;

    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; set; }

    public SalesChannel Channel { get; set; }
    public int Orders { get; set; }
    public long RevenueVnd { get; set; }
    public int Items { get; set; }
}

internal sealed class UnitMonthlyStatConfiguration : IEntityTypeConfiguration<UnitMonthlyStat>
{
    public void Configure(EntityTypeBuilder<UnitMonthlyStat> stat)
    {
        stat.HasKey(s => new { s.UnitId, s.Month, s.Channel });
        stat.HasIndex(s => s.Month);
        stat.HasOne(s => s.Unit).WithMany().OnDelete(DeleteBehavior.Cascade);
    }
}
