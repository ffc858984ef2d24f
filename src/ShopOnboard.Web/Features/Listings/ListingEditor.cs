using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Audit;
using ShopOnboard.Web.Features.Marketplaces.Sync;
using ShopOnboard.Web.Infrastructure.Text;

namespace ShopOnboard.Web.Features.Listings;

/// <summary>Creates and edits listings: the rules beyond single fields, SKU generation, audited price changes.</summary>
public sealed class ListingEditor(ShopDbContext db, AuditLog audit, MarketplaceSync marketplaces, TimeProvider clock)
{
    /// <summary>Problems that involve several fields or the database, as (field, Vietnamese message).</summary>
    public async Task<List<(string Field, string Message)>> CheckAsync(int shopId, int? listingId, ListingForm form, CancellationToken cancellationToken)
    {
        var problems = new List<(string, string)>();
        if (!ListingCatalog.IsCategory(form.Category))
        {
            problems.Add((nameof(ListingForm.Category), "Hãy chọn loại sản phẩm trong danh sách."));
        }

        if (!ListingCatalog.Units.Contains(form.Unit))
        {
            problems.Add((nameof(ListingForm.Unit), "Hãy chọn đơn vị trong danh sách."));
        }

        if (form.CompareAtPriceVnd is { } compareAt && compareAt <= form.PriceVnd)
        {
            problems.Add((nameof(ListingForm.CompareAtPriceVnd), "Giá gốc phải cao hơn giá bán."));
        }

        if (form.OcopStars is not (null or 3 or 4 or 5))
        {
            problems.Add((nameof(ListingForm.OcopStars), "Sao OCOP là 3, 4 hoặc 5."));
        }

        if (form.HarvestMonths.Any(m => m is < 1 or > 12))
        {
            problems.Add((nameof(ListingForm.HarvestMonths), "Tháng thu hoạch từ 1 đến 12."));
        }

        var sku = form.Sku?.Trim().ToUpperInvariant();
        if (!string.IsNullOrEmpty(sku) && await db.Listings.AnyAsync(l => l.ShopId == shopId && l.Sku == sku && l.Id != listingId, cancellationToken))
        {
            problems.Add((nameof(ListingForm.Sku), "Mã SKU này đã dùng cho sản phẩm khác của cửa hàng."));
        }

        if (form.Status == ListingStatus.Active && !await HasReadyPhotoAsync(listingId, cancellationToken))
        {
            problems.Add((nameof(ListingForm.Status), "Cần ít nhất một ảnh đã xử lý xong trước khi mở bán sản phẩm."));
        }

        return problems;
    }

    public async Task<Listing> CreateAsync(int shopId, ListingForm form, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var listing = new Listing { ShopId = shopId, Title = "", Category = "", Unit = "", Sku = "", CreatedAt = now };
        Apply(form, listing, now);
        listing.Sku = string.IsNullOrWhiteSpace(form.Sku) ? await NextSkuAsync(shopId, cancellationToken) : form.Sku.Trim().ToUpperInvariant();
        db.Listings.Add(listing);
        await db.SaveChangesAsync(cancellationToken);
        return listing;
    }

    public async Task UpdateAsync(Listing listing, ListingForm form, string unitPath, CancellationToken cancellationToken)
    {
        var before = new { listing.PriceVnd, listing.CompareAtPriceVnd, listing.Status };
        Apply(form, listing, clock.GetUtcNow().UtcDateTime);
        if (!string.IsNullOrWhiteSpace(form.Sku))
        {
            listing.Sku = form.Sku.Trim().ToUpperInvariant();
        }

        var after = new { listing.PriceVnd, listing.CompareAtPriceVnd, listing.Status };
        if (before != after)
        {
            audit.Record("listing.price-or-status", "Listing", listing.Id, unitPath, before, after);
        }

        // In the same SaveChanges as the edit, so a published listing can never miss a change.
        var marketplaceStates = await marketplaces.MarkChangedAsync(listing.Id, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        marketplaces.ScheduleDebounced(marketplaceStates);
    }

    private Task<bool> HasReadyPhotoAsync(int? listingId, CancellationToken cancellationToken) =>
        listingId is null
            ? Task.FromResult(false)
            : db.ListingPhotos.AnyAsync(p => p.ListingId == listingId && p.Status == PhotoStatus.Ready, cancellationToken);

    /// <summary>"S12-003": shop id and a running number, stable and unique in the shop, what marketplaces join on.</summary>
    private async Task<string> NextSkuAsync(int shopId, CancellationToken cancellationToken)
    {
        var taken = (await db.Listings.Where(l => l.ShopId == shopId).Select(l => l.Sku).ToListAsync(cancellationToken)).ToHashSet();
        for (var n = taken.Count + 1; ; n++)
        {
            var sku = string.Create(CultureInfo.InvariantCulture, $"S{shopId}-{n:D3}");
            if (!taken.Contains(sku))
            {
                return sku;
            }
        }
    }

    private static void Apply(ListingForm form, Listing listing, DateTime now)
    {
        listing.Title = form.Title.Trim();
        listing.TitleSearch = VietnameseText.Fold(listing.Title);
        listing.Description = string.IsNullOrWhiteSpace(form.Description) ? null : form.Description.Trim();
        listing.Category = form.Category;
        listing.Unit = form.Unit;
        listing.PriceVnd = form.PriceVnd;
        listing.CompareAtPriceVnd = form.CompareAtPriceVnd;
        listing.Stock = form.Stock;
        listing.WeightGrams = form.WeightGrams;
        listing.Origin = string.IsNullOrWhiteSpace(form.Origin) ? null : form.Origin.Trim();
        listing.OcopStars = form.OcopStars;
        listing.IsVietGap = form.IsVietGap;
        listing.IsOrganic = form.IsOrganic;
        listing.HarvestMonths = form.HarvestMonths.Distinct().Aggregate(0, (bits, month) => bits | (1 << (month - 1)));
        listing.Status = form.Status;
        listing.UpdatedAt = now;
    }
}
