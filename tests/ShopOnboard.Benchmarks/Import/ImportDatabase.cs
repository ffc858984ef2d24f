using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Geography;
using ShopOnboard.Web.Features.Households;
using ShopOnboard.Web.Features.Listings;
using ShopOnboard.Web.Features.Marketplaces;
using ShopOnboard.Web.Features.Shops;

namespace ShopOnboard.Benchmarks.Import;

/// <summary>
/// A fresh SQLite file with the app's migrations and the app's connection settings (pooling, WAL), holding
/// one village's shops, each connected to Shopee with its listings already published there.
/// </summary>
internal static class ImportDatabase
{
    public const int VillageId = 2;

    public static string ExternalShopId(int shop) => (800_000 + shop).ToString(CultureInfo.InvariantCulture);

    public static string ItemId(int shop, int listing) => string.Create(CultureInfo.InvariantCulture, $"{shop}{listing:D4}");

    public static string Sku(int shop, int listing) => string.Create(CultureInfo.InvariantCulture, $"BENCH-{shop}-{listing}");

    public static async Task<DbContextOptions<SqliteShopDbContext>> CreateAsync(string path, int shops, int listingsPerShop, MarketplaceTokens tokens, TimeProvider clock)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }

        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 30 }.ToString();
        var options = new DbContextOptionsBuilder<SqliteShopDbContext>().UseSqlite(connectionString).Options;
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = new SqliteShopDbContext(options);
        await db.Database.MigrateAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");

        var province = new AdministrativeUnit { Id = 1, Level = UnitLevel.Province, Name = "Tỉnh Thử", Path = "/1/" };
        var village = new AdministrativeUnit { Id = VillageId, ParentId = 1, Level = UnitLevel.Village, Name = "Thôn Thử", Path = "/1/2/" };
        db.AddRange(province, village);
        for (var s = 0; s < shops; s++)
        {
            var household = new Household { VillageId = VillageId, HeadName = "Hộ " + s.ToString(CultureInfo.InvariantCulture), CreatedAt = now };
            var shop = new Shop { Household = household, VillageId = VillageId, Name = "Cửa hàng " + s.ToString(CultureInfo.InvariantCulture), Slug = "bench-" + s.ToString(CultureInfo.InvariantCulture), Status = ShopStatus.Active, CreatedAt = now };
            db.Add(shop);
            for (var l = 0; l < listingsPerShop; l++)
            {
                var listing = new Listing { Shop = shop, Title = "Gạo nếp", Category = "Gạo", Unit = "kg", PriceVnd = 25_000, Stock = 100, Sku = Sku(s, l), Status = ListingStatus.Active, CreatedAt = now, UpdatedAt = now };
                db.Add(new ListingSyncState { Listing = listing, Marketplace = Marketplace.Shopee, ExternalItemId = ItemId(s, l), Status = SyncStatus.Synced, WantedVersion = 1, SyncedVersion = 1 });
            }

            db.Add(new MarketplaceConnection
            {
                Shop = shop,
                Marketplace = Marketplace.Shopee,
                ExternalShopId = ExternalShopId(s),
                EncryptedAccessToken = tokens.Protect("bench-access"),
                EncryptedRefreshToken = tokens.Protect("bench-refresh"),
                AccessTokenExpiresAt = now.AddHours(4),
                Status = ConnectionStatus.Connected,
                ConnectedAt = now,
            });
        }

        await db.SaveChangesAsync();
        return options;
    }
}
