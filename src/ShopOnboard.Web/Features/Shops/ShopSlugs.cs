using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Infrastructure.Text;

namespace ShopOnboard.Web.Features.Shops;

public static class ShopSlugs
{
    /// <summary>Words a shop address may not take: they are, or may become, the app's own paths.</summary>
    private static readonly HashSet<string> Reserved = ["admin", "api", "account", "shops", "review", "team", "hangfire", "health", "s", "my-shop"];

    /// <summary>"Quýt Mường Khương" → "quyt-muong-khuong", or "quyt-muong-khuong-2" when that is taken.</summary>
    public static async Task<string> UniqueAsync(ShopDbContext db, string name, int? exceptShopId, CancellationToken cancellationToken)
    {
        var baseSlug = VietnameseText.Slug(name);
        if (baseSlug.Length == 0 || Reserved.Contains(baseSlug))
        {
            baseSlug = "cua-hang" + (baseSlug.Length == 0 ? "" : "-" + baseSlug);
        }

        var taken = (await db.Shops.Where(s => s.Slug.StartsWith(baseSlug) && s.Id != exceptShopId).Select(s => s.Slug).ToListAsync(cancellationToken)).ToHashSet();
        var slug = baseSlug;
        for (var n = 2; taken.Contains(slug); n++)
        {
            slug = string.Create(CultureInfo.InvariantCulture, $"{baseSlug}-{n}");
        }

        return slug;
    }
}
