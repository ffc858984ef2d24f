using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Features.Accounts;
using ShopOnboard.Web.Features.Analytics;
using ShopOnboard.Web.Features.Analytics.Snapshots;
using ShopOnboard.Web.Features.Audit;
using ShopOnboard.Web.Features.Geography;
using ShopOnboard.Web.Features.Households;
using ShopOnboard.Web.Features.Listings;
using ShopOnboard.Web.Features.Marketplaces;
using ShopOnboard.Web.Features.Orders;
using ShopOnboard.Web.Features.Payments;
using ShopOnboard.Web.Features.Shops;
using ShopOnboard.Web.Features.Teams;

namespace ShopOnboard.Web.Data;

/// <summary>
/// The one model of the app. It is abstract because each provider has its own subclass and its own
/// migrations (<see cref="SqliteShopDbContext"/>, <see cref="SqlServerShopDbContext"/>); the rest of the
/// app only ever asks for a <see cref="ShopDbContext"/>.
/// </summary>
public abstract class ShopDbContext(DbContextOptions options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<AdministrativeUnit> Units => Set<AdministrativeUnit>();
    public DbSet<UserScope> UserScopes => Set<UserScope>();
    public DbSet<Household> Households => Set<Household>();
    public DbSet<Visit> Visits => Set<Visit>();
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<TeamMember> TeamMembers => Set<TeamMember>();
    public DbSet<Shop> Shops => Set<Shop>();
    public DbSet<Listing> Listings => Set<Listing>();
    public DbSet<ListingPhoto> ListingPhotos => Set<ListingPhoto>();
    public DbSet<PaymentAccount> PaymentAccounts => Set<PaymentAccount>();
    public DbSet<Payment> Payments => Set<Payment>();
    public DbSet<Order> Orders => Set<Order>();
    public DbSet<OrderLine> OrderLines => Set<OrderLine>();
    public DbSet<MarketplaceConnection> MarketplaceConnections => Set<MarketplaceConnection>();
    public DbSet<ListingSyncState> ListingSyncStates => Set<ListingSyncState>();
    public DbSet<ShopDailyStat> ShopDailyStats => Set<ShopDailyStat>();
    public DbSet<UnitMonthlyStat> UnitMonthlyStats => Set<UnitMonthlyStat>();
    public DbSet<UnitSnapshot> UnitSnapshots => Set<UnitSnapshot>();
    public DbSet<ShopOpeningMonth> ShopOpeningMonths => Set<ShopOpeningMonth>();
    public DbSet<TeamStat> TeamStats => Set<TeamStat>();
    public DbSet<StaleUnit> StaleUnits => Set<StaleUnit>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Features.Payments.Stripe.StripeEvent> StripeEvents => Set<Features.Payments.Stripe.StripeEvent>();

    /// <summary>Data-protection keys shared by every web and worker node in production (cookies, tokens).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>
    /// Every save also marks the villages whose dashboard figures it changed (see <see cref="Features.Analytics.Snapshots.StaleUnits"/>),
    /// inside the caller's transaction when there is one.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var touched = Features.Analytics.Snapshots.StaleUnits.Collect(ChangeTracker);
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (!touched.IsEmpty)
        {
            await Features.Analytics.Snapshots.StaleUnits.MarkAsync(this, touched, cancellationToken);
        }

        return saved;
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ShopDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums as their names: readable in the database and safe when members are reordered.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(30);

        // Times are stored in UTC; SQLite forgets the kind, so give it back on the way out.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
