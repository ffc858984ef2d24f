using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;

namespace ShopOnboard.Web.Features.Orders;

public sealed record OrderRow(int Id, string Code, DateTime PlacedAt, SalesChannel Channel, OrderStatus Status, PaymentStatus PaymentStatus, long TotalVnd, string BuyerName, bool Late);

public sealed record OrderList(int ShopId, string ShopName, OrderStatus? Filter, IReadOnlyList<OrderRow> Orders);

public sealed record OrderLineView(string Title, long UnitPriceVnd, int Quantity)
{
    public long LineTotalVnd => UnitPriceVnd * Quantity;
}

public sealed record OrderDetails(
    int Id, int ShopId, string ShopName, string ShopPhone, string Code, SalesChannel Channel, string ExternalId, OrderStatus Status, PaymentStatus PaymentStatus,
    Payments.PaymentMethod? PaymentMethod, string BuyerName, string? BuyerPhone, string? DeliveryAddress, string? Note, long TotalVnd, DateTime PlacedAt,
    IReadOnlyList<OrderLineView> Lines);

public sealed class OrderQueries(ShopDbContext db, TimeProvider clock)
{
    /// <summary>Marketplaces cancel unconfirmed orders after 24 hours; we warn long before that.</summary>
    public static readonly TimeSpan ConfirmWithin = TimeSpan.FromHours(3);

    public async Task<OrderList> ListAsync(int shopId, OrderStatus? filter, CancellationToken cancellationToken)
    {
        var lateBefore = clock.GetUtcNow().UtcDateTime - ConfirmWithin;
        var orders = db.Orders.Where(o => o.ShopId == shopId);
        if (filter is { } status)
        {
            orders = orders.Where(o => o.Status == status);
        }

        var rows = await orders.OrderByDescending(o => o.PlacedAt).Take(200)
            .Select(o => new OrderRow(o.Id, o.Code, o.PlacedAt, o.Channel, o.Status, o.PaymentStatus, o.TotalVnd, o.BuyerName, o.Status == OrderStatus.New && o.PlacedAt < lateBefore))
            .ToListAsync(cancellationToken);
        var name = await db.Shops.Where(s => s.Id == shopId).Select(s => s.Name).FirstAsync(cancellationToken);
        return new OrderList(shopId, name, filter, rows);
    }

    public Task<OrderDetails?> DetailsAsync(int shopId, int orderId, CancellationToken cancellationToken) =>
        db.Orders.Where(o => o.Id == orderId && o.ShopId == shopId)
            .Select(o => new OrderDetails(
                o.Id, o.ShopId, o.Shop.Name, o.Shop.Phone ?? "", o.Code, o.Channel, o.ExternalId, o.Status, o.PaymentStatus, o.PaymentMethod,
                o.BuyerName, o.BuyerPhone, o.DeliveryAddress, o.Note, o.TotalVnd, o.PlacedAt,
                o.Lines.OrderBy(l => l.Id).Select(l => new OrderLineView(l.Title, l.UnitPriceVnd, l.Quantity)).ToList()))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>New orders waiting longer than <see cref="ConfirmWithin"/>: the alert on the farmer's and team's home.</summary>
    public Task<int> LateCountAsync(IQueryable<Order> orders, CancellationToken cancellationToken)
    {
        var lateBefore = clock.GetUtcNow().UtcDateTime - ConfirmWithin;
        return orders.CountAsync(o => o.Status == OrderStatus.New && o.PlacedAt < lateBefore, cancellationToken);
    }
}
