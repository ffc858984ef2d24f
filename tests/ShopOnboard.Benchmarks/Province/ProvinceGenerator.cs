using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Analytics.Snapshots;

namespace ShopOnboard.Benchmarks.Province;

/// <summary>
/// Builds a province-scale SQLite database (Lạng Sơn's programme: 200 → 116,000 shops in 24 months) with
/// the app's own migrations, then fills it with raw prepared INSERTs. Seeded random, so two runs give the
/// same file. The timeline ends today, so the app's "last 24 months" windows see all of it.
/// </summary>
internal sealed partial class ProvinceGenerator(string path, long targetOrders)
{
    public const int Districts = 11;
    public const int Communes = 200;
    public const int Villages = 1_660;
    public const int TeamMembers = 9_000;
    public const int Households = 193_000;
    public const int FirstShops = 200;
    public const int Shops = 116_000;
    public const int Listings = 400_000;
    public const int Months = 24;

    private readonly Random _random = new(20_261_124);
    private readonly DateOnly _today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
    private int[] _householdVillage = [];
    private int[] _shopHousehold = [];
    private DateTime[] _shopCreated = [];

    private DateOnly FirstDay => new DateOnly(_today.Year, _today.Month, 1).AddMonths(-(Months - 1));

    public static async Task RunAsync(string path, long orders)
    {
        var clock = Stopwatch.StartNew();
        await new ProvinceGenerator(path, orders).GenerateAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Generated {path} in {clock.Elapsed.TotalSeconds:0} s"));
    }

    private async Task GenerateAsync()
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }

        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();
        await using (var db = new SqliteShopDbContext(new DbContextOptionsBuilder<SqliteShopDbContext>().UseSqlite(connectionString).Options))
        {
            await db.Database.MigrateAsync();
        }

        using var connection = new SqliteConnection(connectionString);
        connection.Open();

        // A generated file is thrown away on failure, so durability buys nothing here.
        Execute(connection, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-400000; PRAGMA temp_store=MEMORY;");
        var indexes = DropIndexes(connection, ["Orders", "OrderLines", "ShopDailyStats", "UnitMonthlyStats", "Households", "Shops", "Listings", "Visits"]);

        Step("units, teams, members", () => Batch(connection, tx => { UnitsAndTeams(connection, tx); }));
        Step("households", () => Batch(connection, tx => HouseholdsAndShops(connection, tx)));
        Step("listings, accounts, visits", () => Batch(connection, tx => ListingsAccountsVisits(connection, tx)));
        Step("orders and daily stats", () => OrdersAndStats(connection));
        Step("indexes", () =>
        {
            foreach (var sql in indexes)
            {
                Execute(connection, sql);
            }

            Execute(connection, "ANALYZE;");
        });
        Execute(connection, "PRAGMA journal_mode=WAL;");
        connection.Close();

        // The villages' onboarding snapshots come from the app's own refresh: it is the nightly job's cost.
        var refresh = Stopwatch.StartNew();
        await using (var db = new SqliteShopDbContext(new DbContextOptionsBuilder<SqliteShopDbContext>().UseSqlite(connectionString).Options))
        {
            await new SnapshotRefresh(db, TimeProvider.System).RefreshAllAsync(CancellationToken.None);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  snapshots (the app's nightly refresh of all villages): {refresh.Elapsed.TotalSeconds:0.0} s"));
    }

    private static void Step(string name, Action work)
    {
        var clock = Stopwatch.StartNew();
        work();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name}: {clock.Elapsed.TotalSeconds:0.0} s"));
    }

    internal static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    internal static void Batch(SqliteConnection connection, Action<SqliteTransaction> work)
    {
        using var transaction = connection.BeginTransaction();
        work(transaction);
        transaction.Commit();
    }

    /// <summary>Secondary indexes are rebuilt once at the end: sorting once beats millions of random inserts.</summary>
    private static List<string> DropIndexes(SqliteConnection connection, string[] tables)
    {
        var found = new List<(string Name, string Sql)>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ("
                + string.Join(", ", tables.Select(t => "'" + t + "'")) + ")";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                found.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in found)
        {
            Execute(connection, "DROP INDEX \"" + name + "\"");
        }

        return found.Select(f => f.Sql).ToList();
    }

    private void UnitsAndTeams(SqliteConnection connection, SqliteTransaction tx)
    {
        using var units = new BulkInsert(connection, tx, "Units", "Id", "ParentId", "Level", "Name", "Path");
        using var users = new BulkInsert(connection, tx, "AspNetUsers", "Id", "UserName", "NormalizedUserName", "FullName", "CreatedAt", "AccessFailedCount", "EmailConfirmed", "LockoutEnabled", "PhoneNumberConfirmed", "TwoFactorEnabled", "SecurityStamp");
        using var teams = new BulkInsert(connection, tx, "Teams", "Id", "UnitId", "Name", "CreatedAt");
        using var members = new BulkInsert(connection, tx, "TeamMembers", "Id", "TeamId", "UserId", "IsLeader", "JoinedAt");
        var start = FirstDay.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        units.Add(1, null, "Province", "Tỉnh Lạng Sơn (sinh)", "/1/");
        for (var d = 0; d < Districts; d++)
        {
            units.Add(DistrictId(d), 1, "District", Name("Huyện", d), $"/1/{DistrictId(d)}/");
        }

        for (var c = 0; c < Communes; c++)
        {
            var d = c % Districts;
            units.Add(CommuneId(c), DistrictId(d), "Commune", Name("Xã", c), $"/1/{DistrictId(d)}/{CommuneId(c)}/");
        }

        for (var v = 0; v < Villages; v++)
        {
            var c = v % Communes;
            units.Add(VillageId(v), CommuneId(c), "Village", Name("Thôn", v), $"/1/{DistrictId(c % Districts)}/{CommuneId(c)}/{VillageId(v)}/");
            teams.Add(v + 1, VillageId(v), Name("Tổ CNSCĐ", v), start);
        }

        for (var m = 0; m < TeamMembers; m++)
        {
            var id = UserId(m);
            users.Add(id, id, id.ToUpperInvariant(), Name("Thành viên", m), start, 0, false, true, false, false, Guid.NewGuid().ToString());
            members.Add(m + 1, (m % Villages) + 1, id, m < Villages, start);
        }
    }

    internal static int DistrictId(int d) => 2 + d;

    internal static int CommuneId(int c) => 2 + Districts + c;

    internal static int VillageId(int v) => 2 + Districts + Communes + v;

    private static string UserId(int m) => "gen-" + m.ToString("D5", CultureInfo.InvariantCulture);

    private static string Name(string kind, int n) => kind + " " + (n + 1).ToString(CultureInfo.InvariantCulture);
}
