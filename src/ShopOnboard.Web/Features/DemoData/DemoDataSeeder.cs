using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Accounts;
using ShopOnboard.Web.Features.Analytics;
using ShopOnboard.Web.Features.Analytics.Snapshots;
using ShopOnboard.Web.Features.Geography;
using ShopOnboard.Web.Features.Households;
using ShopOnboard.Web.Features.Teams;
using ShopOnboard.Web.Infrastructure;
using ShopOnboard.Web.Infrastructure.Text;

namespace ShopOnboard.Web.Features.DemoData;

/// <summary>
/// Fills an empty embedded database with a realistic, repeatable slice of Lạng Sơn: units, households,
/// teams, accounts, ~200 shops with listings and 24 months of orders. Runs once (it does nothing when
/// any unit exists) and never in the Production environment.
/// </summary>
public sealed partial class DemoDataSeeder(
    ShopDbContext db,
    IPasswordHasher<AppUser> passwordHasher,
    SalesRollupReconciliation salesRollups,
    SnapshotRefresh snapshots,
    TimeProvider clock,
    ILogger<DemoDataSeeder> logger)
{
    public const string Password = "Demo@2026";
    public const int HistoryMonths = 24;

    private readonly Random _random = new(2026);
    private DateTime _now;
    private string _passwordHash = "";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Units.AnyAsync(cancellationToken))
        {
            return;
        }

        var started = clock.GetTimestamp();
        _now = clock.GetUtcNow().UtcDateTime;
        _passwordHash = passwordHasher.HashPassword(new AppUser(), Password);
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await AddRolesAsync(cancellationToken);
        var (province, villages) = await AddUnitsAsync(cancellationToken);
        var households = AddHouseholds(villages);
        var teams = AddTeamsAndAccounts(province, villages);
        await db.SaveChangesAsync(cancellationToken);

        // Change detection is off for speed, so the households' flags set below are handed over explicitly.
        var shops = AddShops(villages, households, teams);
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
        var orderCount = AddListingsAccountsAndOrders(shops);
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();

        await salesRollups.RebuildAsync(VietnamTime.Day(_now.AddMonths(-HistoryMonths - 1)), VietnamTime.Day(_now), cancellationToken);
        await snapshots.RefreshAllAsync(cancellationToken);
        var householdCount = households.Values.Sum(h => h.Count);
        var seconds = clock.GetElapsedTime(started).TotalSeconds;
        LogSeeded(villages.Count, householdCount, shops.Count, orderCount, seconds);
    }

    private async Task AddRolesAsync(CancellationToken cancellationToken)
    {
        foreach (var role in Roles.All)
        {
            if (!await db.Roles.AnyAsync(r => r.Name == role, cancellationToken))
            {
                db.Roles.Add(new IdentityRole(role) { NormalizedName = role.ToUpperInvariant(), ConcurrencyStamp = Guid.NewGuid().ToString() });
            }
        }
    }

    private async Task<(AdministrativeUnit Province, List<VillageSeed> Villages)> AddUnitsAsync(CancellationToken cancellationToken)
    {
        var province = new AdministrativeUnit { Name = "Tỉnh Lạng Sơn", Level = UnitLevel.Province, Code = "20" };
        var villages = new List<VillageSeed>();
        foreach (var district in DemoCatalogue.Districts)
        {
            var districtUnit = district.Name is null ? null : Child(province, district.Name, UnitLevel.District);
            foreach (var commune in district.Communes)
            {
                var communeUnit = Child(districtUnit ?? province, commune.Name, UnitLevel.Commune);
                villages.AddRange(commune.Villages.Select(v => new VillageSeed(Child(communeUnit, v, UnitLevel.Village), commune, districtUnit)));
            }
        }

        db.Units.Add(province);
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
        SetPaths(province, "/");
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
        return (province, villages);
    }

    private static AdministrativeUnit Child(AdministrativeUnit parent, string name, UnitLevel level)
    {
        var child = new AdministrativeUnit { Name = name, Level = level, Parent = parent };
        parent.Children.Add(child);
        return child;
    }

    private static void SetPaths(AdministrativeUnit unit, string parentPath)
    {
        unit.Path = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{parentPath}{unit.Id}/");
        foreach (var child in unit.Children)
        {
            SetPaths(child, unit.Path);
        }
    }

    private Dictionary<AdministrativeUnit, List<Household>> AddHouseholds(List<VillageSeed> villages)
    {
        var result = new Dictionary<AdministrativeUnit, List<Household>>();
        foreach (var village in villages)
        {
            var count = _random.Next(60, 141);
            var list = Enumerable.Range(0, count).Select(_ =>
            {
                var name = PersonName();
                return new Household
                {
                    Village = village.Unit,
                    HeadName = name,
                    HeadNameSearch = VietnameseText.Fold(name),
                    Phone = _random.Next(3) == 0 ? null : MobileNumber(),
                    MembersCount = _random.Next(2, 8),
                    HasEPaymentAccount = _random.Next(100) < 25,
                    IsTrained = _random.Next(100) < 20,
                    CreatedAt = _now.AddMonths(-HistoryMonths).AddDays(_random.Next(0, 60)),
                };
            }).ToList();
            db.Households.AddRange(list);
            result[village.Unit] = list;
        }

        return result;
    }

    private Dictionary<AdministrativeUnit, Team> AddTeamsAndAccounts(AdministrativeUnit province, List<VillageSeed> villages)
    {
        AddUser("admin", "Quản trị hệ thống", Roles.Admin, null);
        AddUser("reviewer", "Sở Khoa học và Công nghệ Lạng Sơn", Roles.Reviewer, province);
        AddUser("reviewer-bacson", "Phòng Văn hoá – Thông tin huyện Bắc Sơn", Roles.Reviewer, villages[0].District);

        var teams = new Dictionary<AdministrativeUnit, Team>();
        for (var i = 0; i < villages.Count; i++)
        {
            var village = villages[i].Unit;
            var team = new Team { Unit = village, Name = $"Tổ công nghệ số cộng đồng {village.Name}", CreatedAt = _now.AddMonths(-HistoryMonths) };
            string[] occupations = ["Trưởng thôn", "Đoàn thanh niên", "Giáo viên"];
            for (var m = 0; m < 3; m++)
            {
                var userName = m == 0 ? $"team{i + 1}" : $"team{i + 1}-{m + 1}";
                var user = AddUser(userName, PersonName(), Roles.TeamMember, village);
                team.Members.Add(new TeamMember { User = user, UserId = user.Id, IsLeader = m == 0, Occupation = occupations[m], JoinedAt = team.CreatedAt });
            }

            db.Teams.Add(team);
            teams[village] = team;
        }

        return teams;
    }

    private AppUser AddUser(string userName, string fullName, string role, AdministrativeUnit? scope, string? phone = null)
    {
        var user = new AppUser
        {
            UserName = userName,
            NormalizedUserName = userName.ToUpperInvariant(),
            FullName = fullName,
            PhoneNumber = phone,
            PasswordHash = _passwordHash,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            ConcurrencyStamp = Guid.NewGuid().ToString(),
            LockoutEnabled = true,
            CreatedAt = _now.AddMonths(-HistoryMonths),
        };
        db.Users.Add(user);
        var roleId = db.Roles.Local.Single(r => r.Name == role).Id;
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleId });
        if (scope is not null)
        {
            db.UserScopes.Add(new UserScope { UserId = user.Id, Unit = scope });
        }

        return user;
    }

    private string PersonName()
    {
        var given = _random.Next(2) == 0 ? DemoCatalogue.MenNames : DemoCatalogue.WomenNames;
        return $"{Pick(DemoCatalogue.FamilyNames)} {Pick(given)}";
    }

    private string MobileNumber() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"0{Pick(["912", "983", "971", "356", "868", "388"])}{_random.Next(0, 1_000_000):D6}");

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: {Villages} villages, {Households} households, {Shops} shops, {Orders} orders in {Seconds:0.0} s")]
    private partial void LogSeeded(int villages, int households, int shops, int orders, double seconds);

    private sealed record VillageSeed(AdministrativeUnit Unit, DemoCatalogue.Commune Commune, AdministrativeUnit? District);
}
