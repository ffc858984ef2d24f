using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopOnboard.IntegrationTests.Support;
using ShopOnboard.Web.Features.Analytics;
using ShopOnboard.Web.Features.Listings;
using ShopOnboard.Web.Features.Orders;
using ShopOnboard.Web.Features.Payments;

namespace ShopOnboard.IntegrationTests.Features.Orders;

/// <summary>Orders of farmer1's shop, placed and moved through the real pages.</summary>
[Collection(SharedApp.Name)]
public class OrderLifecycleTests(ShopOnboardFactory app)
{
    private async Task<(int ShopId, int ListingId)> FarmerListingAsync(int stock)
    {
        var shopId = await app.ShopOfOwnerAsync("farmer1");
        var listingId = await app.WithDbAsync(async db =>
        {
            var listing = await db.Listings.Where(l => l.ShopId == shopId).OrderBy(l => l.Id).FirstAsync();
            listing.Stock = stock;
            listing.Status = ListingStatus.Active;
            await db.SaveChangesAsync();
            return listing.Id;
        });
        return (shopId, listingId);
    }

    private async Task<int> ManualOrderAsync(HttpClient client, int shopId, int listingId, int quantity)
    {
        var url = $"/shops/{shopId}/orders/new";
        var response = await client.PostFormAsync(url, url, new Dictionary<string, string>
        {
            ["Form.Lines[0].ListingId"] = $"{listingId}",
            ["Form.Lines[0].Quantity"] = $"{quantity}",
            ["Form.BuyerName"] = "Chị Hạnh (Zalo)",
            ["Form.BuyerPhone"] = "0988 765 432",
            ["Form.Address"] = "Chợ Đông Kinh, Lạng Sơn",
            ["Form.Payment"] = "Cash",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    private static Task<HttpResponseMessage> MoveAsync(HttpClient client, int shopId, int orderId, OrderStatus to) =>
        client.PostFormAsync($"/shops/{shopId}/orders/{orderId}", $"/shops/{shopId}/orders/{orderId}/status", new Dictionary<string, string> { ["to"] = to.ToString() });

    private Task<(OrderStatus Status, int Stock)> StateAsync(int orderId, int listingId) => app.WithDbAsync(async db =>
        (await db.Orders.Where(o => o.Id == orderId).Select(o => o.Status).SingleAsync(),
         await db.Listings.Where(l => l.Id == listingId).Select(l => l.Stock).SingleAsync()));

    [Fact]
    public async Task Lifecycle_ConfirmHoldsStockCancelReleasesIllegalStepRefused()
    {
        var (shopId, listingId) = await FarmerListingAsync(stock: 10);
        var farmer = await app.SignedInAsync("farmer1");
        var orderId = await ManualOrderAsync(farmer, shopId, listingId, 4);

        var illegal = await MoveAsync(farmer, shopId, orderId, OrderStatus.Delivered);
        Assert.Contains("Không thể chuyển đơn hàng sang trạng thái này.", await farmer.GetStringAsync(illegal.Headers.Location!.OriginalString));
        Assert.Equal((OrderStatus.New, 10), await StateAsync(orderId, listingId));

        await MoveAsync(farmer, shopId, orderId, OrderStatus.Confirmed);
        Assert.Equal((OrderStatus.Confirmed, 6), await StateAsync(orderId, listingId));
        await MoveAsync(farmer, shopId, orderId, OrderStatus.Packed);
        await MoveAsync(farmer, shopId, orderId, OrderStatus.Cancelled);
        Assert.Equal((OrderStatus.Cancelled, 10), await StateAsync(orderId, listingId));

        var audit = await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == "Order" && e.EntityId == orderId.ToString()));
        Assert.Equal(3, audit);
    }

    [Fact]
    public async Task Lifecycle_ShippedDeliveredCompleted_CashCollected()
    {
        var (shopId, listingId) = await FarmerListingAsync(stock: 50);
        var team = await app.SignedInAsync("team1");
        var orderId = await ManualOrderAsync(team, shopId, listingId, 1);

        foreach (var step in new[] { OrderStatus.Confirmed, OrderStatus.Packed, OrderStatus.Shipped, OrderStatus.Delivered, OrderStatus.Completed })
        {
            await MoveAsync(team, shopId, orderId, step);
        }

        await team.PostFormAsync($"/shops/{shopId}/orders/{orderId}", $"/shops/{shopId}/orders/{orderId}/payment", new Dictionary<string, string> { ["to"] = "CashCollected" });
        var order = await app.WithDbAsync(db => db.Orders.SingleAsync(o => o.Id == orderId));
        Assert.Equal(OrderStatus.Completed, order.Status);
        Assert.Equal(PaymentStatus.CashCollected, order.PaymentStatus);
        Assert.Equal(SalesChannel.Manual, order.Channel);
    }

    [Fact]
    public async Task Confirm_TwoOrdersForTheLastUnitAtOnce_ExactlyOneWins()
    {
        var (shopId, listingId) = await FarmerListingAsync(stock: 1);
        var farmer = await app.SignedInAsync("farmer1");
        var first = await ManualOrderAsync(farmer, shopId, listingId, 1);
        var second = await ManualOrderAsync(farmer, shopId, listingId, 1);

        var results = await Task.WhenAll(
            Task.Run(async () =>
            {
                await using var scope = app.Services.CreateAsyncScope();
                return await scope.ServiceProvider.GetRequiredService<OrderWorkflow>().MoveAsync(shopId, first, OrderStatus.Confirmed, CancellationToken.None);
            }),
            Task.Run(async () =>
            {
                await using var scope = app.Services.CreateAsyncScope();
                return await scope.ServiceProvider.GetRequiredService<OrderWorkflow>().MoveAsync(shopId, second, OrderStatus.Confirmed, CancellationToken.None);
            }));

        Assert.Single(results, r => r is null);
        Assert.Single(results, r => r is not null && r.Message.StartsWith("Không đủ hàng", StringComparison.Ordinal));
        Assert.Equal(0, await app.WithDbAsync(db => db.Listings.Where(l => l.Id == listingId).Select(l => l.Stock).SingleAsync()));
        Assert.Equal(1, await app.WithDbAsync(db => db.Orders.CountAsync(o => (o.Id == first || o.Id == second) && o.Status == OrderStatus.Confirmed)));
    }

    [Fact]
    public async Task Rollups_AfterPlacingAndCancelling_EqualRecomputationFromOrders()
    {
        var (shopId, listingId) = await FarmerListingAsync(stock: 100);
        var farmer = await app.SignedInAsync("farmer1");
        var kept = await ManualOrderAsync(farmer, shopId, listingId, 2);
        var cancelled = await ManualOrderAsync(farmer, shopId, listingId, 3);
        await MoveAsync(farmer, shopId, cancelled, OrderStatus.Cancelled);
        Assert.True(kept > 0);

        var live = await app.WithDbAsync(db => db.ShopDailyStats.Where(d => d.ShopId == shopId).OrderBy(d => d.Day).Select(d => new { d.Day, d.Orders, d.RevenueVnd, d.Items }).ToListAsync());
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SalesRollupReconciliation>().RebuildAsync(live[0].Day, Web.Infrastructure.VietnamTime.Today(TimeProvider.System), CancellationToken.None);
        }

        var rebuilt = await app.WithDbAsync(db => db.ShopDailyStats.Where(d => d.ShopId == shopId).OrderBy(d => d.Day).Select(d => new { d.Day, d.Orders, d.RevenueVnd, d.Items }).ToListAsync());
        Assert.Equal(rebuilt, live);
    }

    [Fact]
    public async Task Revenue_FarmerShop_GrowthAndExports()
    {
        var shopId = await app.ShopOfOwnerAsync("farmer1");
        var farmer = await app.SignedInAsync("farmer1");

        var html = await farmer.GetStringAsync($"/shops/{shopId}/revenue");
        var csv = await farmer.GetAsync($"/shops/{shopId}/revenue/export.csv");
        var xlsx = await farmer.GetAsync($"/shops/{shopId}/revenue/export.xlsx");

        Assert.Matches("id=\"growth\">×[0-9]", html);
        Assert.StartsWith("text/csv", csv.Content.Headers.ContentType?.ToString());
        Assert.Contains("Tháng,Số đơn,Doanh thu (đồng),Số sản phẩm", await csv.Content.ReadAsStringAsync());
        Assert.Equal([0x50, 0x4B], (await xlsx.Content.ReadAsByteArrayAsync())[..2]);
        Assert.Equal(HttpStatusCode.NotFound, (await farmer.GetAsync($"/shops/{await app.ShopOfOwnerAsync("farmer2")}/revenue")).StatusCode);
    }

    [Fact]
    public async Task Alerts_NewOrderOlderThanThreeHours_OnFarmerAndTeamHome()
    {
        var (shopId, listingId) = await FarmerListingAsync(stock: 20);
        var farmer = await app.SignedInAsync("farmer1");
        var orderId = await ManualOrderAsync(farmer, shopId, listingId, 1);
        await app.WithDbAsync(db => db.Orders.Where(o => o.Id == orderId)
            .ExecuteUpdateAsync(o => o.SetProperty(x => x.PlacedAt, DateTime.UtcNow.AddHours(-4))));

        var home = await farmer.GetStringAsync("/my-shop");
        var team = await (await app.SignedInAsync("team1")).GetStringAsync("/team");

        Assert.Contains("id=\"late-orders\"", home);
        Assert.Matches("[1-9][0-9]* đơn quá 3 giờ", team);
    }
}
