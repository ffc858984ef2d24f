using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Households;
using ShopOnboard.Web.Features.Listings;
using ShopOnboard.Web.Features.Orders;
using ShopOnboard.Web.Features.Payments;
using ShopOnboard.Web.Features.Shops;

namespace ShopOnboard.Web.Features.Analytics.Snapshots;

/// <summary>
/// Marks the villages whose onboarding figures a save has changed. Called by <see cref="ShopDbContext"/> on
/// every SaveChanges, so no feature can forget it: a new household, visit, shop, listing, payment account or
/// order makes its village stale, and <see cref="SnapshotRefresh"/> recomputes it within a minute. Writes that
/// bypass the change tracker (bulk updates of stock, roll-up upserts) do not change these figures.
/// </summary>
public static class StaleUnits
{
    public sealed class Touched
    {
        public HashSet<int> Villages { get; } = [];
        public HashSet<int> Shops { get; } = [];
        public HashSet<int> Households { get; } = [];
        public bool IsEmpty => Villages.Count == 0 && Shops.Count == 0 && Households.Count == 0;
    }

    public static Touched Collect(ChangeTracker tracker)
    {
        var touched = new Touched();
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            switch (entry.Entity)
            {
                case Household h: touched.Villages.Add(h.VillageId); break;
                case Shop s: touched.Villages.Add(s.VillageId); break;
                case Visit v: touched.Households.Add(v.HouseholdId); break;
                case Listing l: touched.Shops.Add(l.ShopId); break;
                case PaymentAccount a: touched.Shops.Add(a.ShopId); break;
                case Order o: touched.Shops.Add(o.ShopId); break;
            }
        }

        touched.Villages.Remove(0);
        return touched;
    }

    /// <summary>One statement per save, whatever was touched: this runs with every order placed.</summary>
    public static Task MarkAsync(ShopDbContext db, Touched touched, CancellationToken cancellationToken)
    {
        var shops = JsonSerializer.Serialize(touched.Shops);
        var households = JsonSerializer.Serialize(touched.Households);
        var villages = JsonSerializer.Serialize(touched.Villages);
        return db.Database.IsSqlServer()
            ? db.Database.ExecuteSqlInterpolatedAsync(
                $"""
                MERGE StaleUnits WITH (HOLDLOCK) AS target
                USING (
                    SELECT VillageId AS UnitId FROM Shops WHERE Id IN (SELECT CAST(value AS int) FROM OPENJSON({shops}))
                    UNION SELECT VillageId FROM Households WHERE Id IN (SELECT CAST(value AS int) FROM OPENJSON({households}))
                    UNION SELECT CAST(value AS int) FROM OPENJSON({villages})) AS source ON target.UnitId = source.UnitId
                WHEN MATCHED THEN UPDATE SET Version = target.Version + 1
                WHEN NOT MATCHED THEN INSERT (UnitId, Version) VALUES (source.UnitId, 1);
                """,
                cancellationToken)
            : db.Database.ExecuteSqlInterpolatedAsync(
                $"""
                INSERT INTO StaleUnits (UnitId, Version)
                SELECT UnitId, 1 FROM (
                    SELECT VillageId AS UnitId FROM Shops WHERE Id IN (SELECT value FROM json_each({shops}))
                    UNION SELECT VillageId FROM Households WHERE Id IN (SELECT value FROM json_each({households}))
                    UNION SELECT value FROM json_each({villages}))
                WHERE true
                ON CONFLICT (UnitId) DO UPDATE SET Version = Version + 1;
                """,
                cancellationToken);
    }
}
