using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopOnboard.Web.Features.Listings;
using ShopOnboard.Web.Features.Shops;

namespace ShopOnboard.Web.Features.Orders;

/// <summary>An order from any channel. (Channel, ExternalId) is unique so a pulled order is imported once.</summary>
public class Order
{
    public int Id { get; set; }
    public int ShopId { get; set; }
    public Shop Shop { get; set; } = null!;
    public SalesChannel Channel { get; set; }

    /// <summary>The channel's own order id; for storefront and manual orders, our order code.</summary>
    public required string ExternalId { get; set; }

    /// <summary>What the buyer writes in the transfer text, e.g. "DH1234".</summary>
    public required string Code { get; set; }

    public OrderStatus Status { get; set; }
    public PaymentStatus PaymentStatus { get; set; }

    /// <summary>How the buyer chose to pay; null for marketplace orders, which the marketplace collects.</summary>
    public Payments.PaymentMethod? PaymentMethod { get; set; }

    public required string BuyerName { get; set; }
    public string? BuyerPhone { get; set; }
    public string? DeliveryAddress { get; set; }
    public string? Note { get; set; }
    public long TotalVnd { get; set; }

    /// <summary>The latest Stripe Checkout Session opened for a card order; reused while it is still open.</summary>
    public string? StripeCheckoutSessionId { get; set; }

    public DateTime PlacedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public List<OrderLine> Lines { get; } = [];
}

public class OrderLine
{
    public int Id { get; set; }
    public int OrderId { get; set; }
    public Order Order { get; set; } = null!;

    /// <summary>Null when the listing was deleted later; the line keeps its title and price.</summary>
    public int? ListingId { get; set; }
    public Listing? Listing { get; set; }

    public required string Title { get; set; }
    public long UnitPriceVnd { get; set; }
    public int Quantity { get; set; }
    public long LineTotalVnd => UnitPriceVnd * Quantity;
}

public enum SalesChannel
{
    Storefront,
    Manual,
    Shopee,
    Lazada,
    TikTokShop,
}

public enum OrderStatus
{
    New,
    Confirmed,
    Packed,
    Shipped,
    Delivered,
    Completed,
    Cancelled,
    Returned,
}

public enum PaymentStatus
{
    Unpaid,
    Paid,
    CashCollected,
    Refunded,
}

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> order)
    {
        order.Property(o => o.ExternalId).HasMaxLength(64).IsUnicode(false);
        order.Property(o => o.Code).HasMaxLength(20).IsUnicode(false);
        order.Property(o => o.BuyerName).HasMaxLength(120);
        order.Property(o => o.BuyerPhone).HasMaxLength(15).IsUnicode(false);
        order.Property(o => o.DeliveryAddress).HasMaxLength(300);
        order.Property(o => o.Note).HasMaxLength(500);
        order.Property(o => o.StripeCheckoutSessionId).HasMaxLength(255).IsUnicode(false);
        order.HasIndex(o => new { o.Channel, o.ExternalId }).IsUnique();
        order.HasIndex(o => o.Code).IsUnique();
        order.HasIndex(o => new { o.ShopId, o.PlacedAt });
        order.HasOne(o => o.Shop).WithMany().OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> line)
    {
        line.Property(l => l.Title).HasMaxLength(120);
        line.Ignore(l => l.LineTotalVnd);
        line.HasIndex(l => l.OrderId);
        line.HasIndex(l => l.ListingId);
        line.HasOne(l => l.Listing).WithMany().OnDelete(DeleteBehavior.SetNull);
        line.HasOne(l => l.Order).WithMany(o => o.Lines).OnDelete(DeleteBehavior.Cascade);
    }
}
