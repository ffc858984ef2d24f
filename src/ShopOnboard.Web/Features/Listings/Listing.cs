using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopOnboard.Web.Features.Shops;

namespace ShopOnboard.Web.Features.Listings;

/// <summary>A product of a shop (sản phẩm). Prices are whole đồng.</summary>
public class Listing
{
    public int Id { get; set; }
    public int ShopId { get; set; }
    public Shop Shop { get; set; } = null!;
    public required string Title { get; set; }
    public string TitleSearch { get; set; } = "";
    public string? Description { get; set; }
    public required string Category { get; set; }

    /// <summary>Selling unit as the farmer says it: kg, hộp, túi, chai, bó...</summary>
    public required string Unit { get; set; }

    public long PriceVnd { get; set; }
    public long? CompareAtPriceVnd { get; set; }
    public int Stock { get; set; }
    public int WeightGrams { get; set; }
    public string? Origin { get; set; }

    /// <summary>OCOP rating (3–5 stars); null when the product is not OCOP-rated.</summary>
    public byte? OcopStars { get; set; }

    public bool IsVietGap { get; set; }
    public bool IsOrganic { get; set; }

    /// <summary>Harvest months as bits: bit 0 = January ... bit 11 = December.</summary>
    public int HarvestMonths { get; set; }

    public ListingStatus Status { get; set; }
    public required string Sku { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public List<ListingPhoto> Photos { get; } = [];
}

public enum ListingStatus
{
    Draft,
    Active,
    OutOfSeason,
    Archived,
}

internal sealed class ListingConfiguration : IEntityTypeConfiguration<Listing>
{
    public void Configure(EntityTypeBuilder<Listing> listing)
    {
        listing.Property(l => l.Title).HasMaxLength(120);
        listing.Property(l => l.TitleSearch).HasMaxLength(120);
        listing.Property(l => l.Description).HasMaxLength(5000);
        listing.Property(l => l.Category).HasMaxLength(60);
        listing.Property(l => l.Unit).HasMaxLength(20);
        listing.Property(l => l.Origin).HasMaxLength(120);
        listing.Property(l => l.Sku).HasMaxLength(40).IsUnicode(false);
        listing.HasIndex(l => new { l.ShopId, l.Sku }).IsUnique();
        listing.HasIndex(l => new { l.ShopId, l.Status });
        listing.HasOne(l => l.Shop).WithMany().OnDelete(DeleteBehavior.Cascade);
    }
}
