using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Analytics;
using ShopOnboard.Web.Features.Listings;
using ShopOnboard.Web.Features.Payments;
using ShopOnboard.Web.Infrastructure.Text;

namespace ShopOnboard.Web.Features.Orders;

public sealed record OrderLineRequest(int ListingId, int Quantity);

public sealed record BuyerDetails(string Name, string Phone, string? Address, string? Note);

public sealed record PlacementResult(Order? Order, IReadOnlyList<OrderProblem> Errors)
{
    public static PlacementResult Refused(string message) => new(null, [new OrderProblem(message)]);
}

/// <summary>
/// Places an order from the storefront or a phone call. Prices always come from the database, never from
/// the form; the order, its lines and the shop's daily roll-up are written in one transaction.
/// </summary>
public sealed class OrderPlacement(ShopDbContext db, TimeProvider clock)
{
    public const int MaxQuantity = 1000;

    public async Task<PlacementResult> PlaceAsync(int shopId, SalesChannel channel, IReadOnlyList<OrderLineRequest> lines, BuyerDetails buyer, PaymentMethod payment, CancellationToken cancellationToken)
    {
        var errors = new List<OrderProblem>();
        var wanted = lines.Where(l => l.Quantity != 0).GroupBy(l => l.ListingId).Select(g => new OrderLineRequest(g.Key, g.Sum(l => l.Quantity))).ToList();
        if (wanted.Count == 0)
        {
            return PlacementResult.Refused("Giỏ hàng đang trống.");
        }

        if (wanted.Any(l => l.Quantity is < 1 or > MaxQuantity))
        {
            errors.Add(new OrderProblem("Số lượng mỗi sản phẩm từ 1 đến 1.000."));
        }

        var phone = VietnamesePhone.Normalize(buyer.Phone);
        if (string.IsNullOrWhiteSpace(buyer.Name) || buyer.Name.Trim().Length > 120)
        {
            errors.Add(new OrderProblem("Hãy nhập họ tên người nhận."));
        }

        if (phone is null)
        {
            errors.Add(new OrderProblem("Số điện thoại phải là số di động 10 chữ số, ví dụ 0912 345 678."));
        }

        if (channel == SalesChannel.Storefront && string.IsNullOrWhiteSpace(buyer.Address))
        {
            errors.Add(new OrderProblem("Hãy nhập địa chỉ nhận hàng."));
        }

        var ids = wanted.Select(l => l.ListingId).ToList();
        var listings = await db.Listings.Where(l => l.ShopId == shopId && ids.Contains(l.Id))
            .Select(l => new { l.Id, l.Title, l.PriceVnd, l.Stock, l.Status }).ToDictionaryAsync(l => l.Id, cancellationToken);
        foreach (var line in wanted)
        {
            if (!listings.TryGetValue(line.ListingId, out var listing) || listing.Status != ListingStatus.Active)
            {
                errors.Add(new OrderProblem("Có sản phẩm không còn bán. Hãy xem lại giỏ hàng."));
            }
            else if (line.Quantity > listing.Stock)
            {
                errors.Add(new OrderProblem("{0}: chỉ còn {1}.", listing.Title, listing.Stock.ToString(CultureInfo.InvariantCulture)));
            }
        }

        if (errors.Count > 0)
        {
            return new PlacementResult(null, errors.Distinct().ToList());
        }

        var now = clock.GetUtcNow().UtcDateTime;
        for (var attempt = 0; ; attempt++)
        {
            // Almost always free at the first draw; looking first keeps collisions out of the error log,
            // and the unique index below still settles the rare race.
            var code = NewCode();
            if (await db.Orders.AnyAsync(o => o.Code == code, cancellationToken))
            {
                continue;
            }

            var order = new Order
            {
                ShopId = shopId,
                Channel = channel,
                Code = code,
                ExternalId = "",
                Status = OrderStatus.New,
                PaymentStatus = PaymentStatus.Unpaid,
                PaymentMethod = payment,
                BuyerName = buyer.Name.Trim(),
                BuyerPhone = phone,
                DeliveryAddress = buyer.Address?.Trim(),
                Note = string.IsNullOrWhiteSpace(buyer.Note) ? null : buyer.Note.Trim(),
                PlacedAt = now,
                UpdatedAt = now,
            };
            order.ExternalId = order.Code;
            order.Lines.AddRange(wanted.Select(l => new OrderLine { ListingId = l.ListingId, Title = listings[l.ListingId].Title, UnitPriceVnd = listings[l.ListingId].PriceVnd, Quantity = l.Quantity }));
            order.TotalVnd = order.Lines.Sum(l => l.LineTotalVnd);

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.Orders.Add(order);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                // Another order took the same random code a moment ago: draw again.
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                continue;
            }

            await SalesRollupWriter.AddAsync(db, shopId, order.Channel, now, 1, order.TotalVnd, order.Lines.Sum(l => l.Quantity), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new PlacementResult(order, []);
        }
    }

    /// <summary>
    /// "DH" and eight digits: short to read out on the phone and to type into a bank transfer, random so that a
    /// code does not reveal how many orders a shop has, and hard to guess on the public order page.
    /// </summary>
    private static string NewCode() => string.Create(CultureInfo.InvariantCulture, $"DH{RandomNumberGenerator.GetInt32(10_000_000, 100_000_000):D8}");
}
