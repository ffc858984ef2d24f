using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopOnboard.Web.Features.Shops;

namespace ShopOnboard.Web.Features.Analytics;

/// <summary>
/// One shop's orders on one day (Asia/Ho_Chi_Minh calendar day). Dashboards read these, never raw orders.
/// Cancelled and returned orders are not counted.
/// </summary>
public class ShopDailyStat
{
    public int ShopId { get; set; }
    public Shop Shop { get; set; } = null!;
    public DateOnly Day { get; set; }
    public int Orders { get; set; }
    public long RevenueVnd { get; set; }
    public int Items { get; set; }
}

internal sealed class ShopDailyStatConfiguration : IEntityTypeConfiguration<ShopDailyStat>
{
    public void Configure(EntityTypeBuilder<ShopDailyStat> stat)
    {
        stat.HasKey(s => new { s.ShopId, s.Day });
        stat.HasIndex(s => s.Day);
        stat.HasOne(s => s.Shop).WithMany().OnDelete(DeleteBehavior.Cascade);
    }
}
