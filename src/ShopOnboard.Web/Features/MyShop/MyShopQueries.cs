using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Orders;
using ShopOnboard.Web.Features.Payments;
using ShopOnboard.Web.Features.Payments.Banks;
using ShopOnboard.Web.Features.Shops;
using ShopOnboard.Web.Infrastructure;

namespace ShopOnboard.Web.Features.MyShop;

public sealed record MyShopHome(int ShopId, string Name, ShopStatus Status, bool NeedsConfirmation, int NewOrders, int LateOrders, long RevenueThisMonthVnd, int OrdersThisMonth);

public sealed record AccountToConfirm(string BankName, string AccountNumber, string HolderName);

public sealed record MyShopConfirm(int ShopId, string Name, string Slug, string? Phone, string? Description, AccountToConfirm? WaitingAccount, AccountToConfirm? ActiveAccount, bool ShopConfirmed);

public sealed record MyOrder(int Id, string Code, DateTime PlacedAt, SalesChannel Channel, OrderStatus Status, PaymentStatus PaymentStatus, long TotalVnd, string BuyerName);

public sealed record MyProduct(string Title, string Unit, long PriceVnd, int Stock, Listings.ListingStatus Status);

public sealed record MonthRevenue(int Year, int Month, int Orders, long RevenueVnd);

/// <summary>Everything the farmer's pages show, for the one shop the signed-in owner has.</summary>
public sealed class MyShopQueries(ShopDbContext db, BankDirectory banks, TimeProvider clock)
{
    public Task<int?> ShopIdAsync(string userId, CancellationToken cancellationToken) =>
        db.Shops.Where(s => s.OwnerUserId == userId).OrderBy(s => s.Id).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken);

    public async Task<MyShopHome> HomeAsync(int shopId, CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        var lateBefore = clock.GetUtcNow().UtcDateTime - OrderQueries.ConfirmWithin;
        var shop = await db.Shops.Where(s => s.Id == shopId).Select(s => new { s.Name, s.Status, s.OwnerConfirmedAt }).FirstAsync(cancellationToken);
        var waitingAccount = await db.PaymentAccounts.AnyAsync(a => a.ShopId == shopId && a.Status == PaymentAccountStatus.AwaitingOwnerConfirmation, cancellationToken);
        var month = await db.ShopDailyStats.Where(d => d.ShopId == shopId && d.Day >= monthStart)
            .GroupBy(d => 1).Select(g => new { Orders = g.Sum(d => d.Orders), Revenue = g.Sum(d => d.RevenueVnd) }).FirstOrDefaultAsync(cancellationToken);
        return new MyShopHome(shopId, shop.Name, shop.Status, shop.OwnerConfirmedAt is null || waitingAccount,
            await db.Orders.CountAsync(o => o.ShopId == shopId && o.Status == OrderStatus.New, cancellationToken),
            await db.Orders.CountAsync(o => o.ShopId == shopId && o.Status == OrderStatus.New && o.PlacedAt < lateBefore, cancellationToken),
            month?.Revenue ?? 0,
            month?.Orders ?? 0);
    }

    public async Task<MyShopConfirm> ConfirmAsync(int shopId, CancellationToken cancellationToken)
    {
        var shop = await db.Shops.Where(s => s.Id == shopId).Select(s => new { s.Name, s.Slug, s.Phone, s.Description, s.OwnerConfirmedAt }).FirstAsync(cancellationToken);
        var accounts = await db.PaymentAccounts.Where(a => a.ShopId == shopId && a.Status != PaymentAccountStatus.Replaced).ToListAsync(cancellationToken);
        AccountToConfirm? Show(PaymentAccountStatus status) => accounts.Where(a => a.Status == status).OrderByDescending(a => a.Id)
            .Select(a => new AccountToConfirm(banks.Find(a.BankBin)?.ShortName ?? a.BankBin, a.AccountNumber, a.HolderName)).FirstOrDefault();
        return new MyShopConfirm(shopId, shop.Name, shop.Slug, shop.Phone, shop.Description,
            Show(PaymentAccountStatus.AwaitingOwnerConfirmation), Show(PaymentAccountStatus.Active), shop.OwnerConfirmedAt is not null);
    }

    public Task<List<MyOrder>> OrdersAsync(int shopId, CancellationToken cancellationToken) =>
        db.Orders.Where(o => o.ShopId == shopId).OrderByDescending(o => o.PlacedAt).Take(50)
            .Select(o => new MyOrder(o.Id, o.Code, o.PlacedAt, o.Channel, o.Status, o.PaymentStatus, o.TotalVnd, o.BuyerName))
            .ToListAsync(cancellationToken);

    public Task<List<MyProduct>> ProductsAsync(int shopId, CancellationToken cancellationToken) =>
        db.Listings.Where(l => l.ShopId == shopId).OrderBy(l => l.Title)
            .Select(l => new MyProduct(l.Title, l.Unit, l.PriceVnd, l.Stock, l.Status))
            .ToListAsync(cancellationToken);

    /// <summary>The last twelve months, newest first, from the daily roll-ups.</summary>
    public async Task<List<MonthRevenue>> RevenueAsync(int shopId, CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        var from = new DateOnly(today.Year, today.Month, 1).AddMonths(-11);
        var days = await db.ShopDailyStats.Where(d => d.ShopId == shopId && d.Day >= from)
            .Select(d => new { d.Day, d.Orders, d.RevenueVnd }).ToListAsync(cancellationToken);
        return Enumerable.Range(0, 12).Select(i => from.AddMonths(11 - i))
            .Select(m => new MonthRevenue(m.Year, m.Month,
                days.Where(d => d.Day.Year == m.Year && d.Day.Month == m.Month).Sum(d => d.Orders),
                days.Where(d => d.Day.Year == m.Year && d.Day.Month == m.Month).Sum(d => d.RevenueVnd)))
            .ToList();
    }
}
