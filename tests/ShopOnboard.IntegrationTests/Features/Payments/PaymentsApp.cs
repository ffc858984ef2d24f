using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopOnboard.IntegrationTests.Support;
using ShopOnboard.Web.Features.Orders;
using ShopOnboard.Web.Features.Payments;
using ShopOnboard.Web.Features.Payments.Transfers;
using ShopOnboard.Web.Features.Shops;

namespace ShopOnboard.IntegrationTests.Features.Payments;

/// <summary>
/// An app of its own for the payment tests: they add accounts, orders and payments to demo shops, and
/// each test claims shops no other test touches. A request header stands in for the client's address,
/// so a test can exhaust one address's rate limit without starving the others.
/// </summary>
public sealed class PaymentsApp : ShopOnboardFactory
{
    public const string ClientAddressHeader = "X-Test-Client-Address";

    private readonly HashSet<int> _claimed = [];
    private readonly SemaphoreSlim _claiming = new(1, 1);
    private long _nextOrderNumber = Random.Shared.NextInt64(10_000_000, 89_999_999);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, ClientAddressFromHeader>());
    }

    /// <summary>An active shop no other test has used, with a confirmed account.</summary>
    public async Task<(int ShopId, PaymentAccount Account)> ClaimShopAsync() =>
        await TryClaimShopAsync(null) ?? throw new InvalidOperationException("The demo data has no unused active shop left.");

    /// <summary>An unused shop in the village of a team member ("team1", "team2"...), and that member's login.</summary>
    public async Task<(int ShopId, PaymentAccount Account, string TeamMember)> ClaimTeamShopAsync()
    {
        for (var n = 1; n <= 20; n++)
        {
            var login = $"team{n}";
            if (await TryClaimShopAsync(await this.ScopeUnitAsync(login)) is { } claimed)
            {
                return (claimed.ShopId, claimed.Account, login);
            }
        }

        throw new InvalidOperationException("No team member's village has an unused active shop left.");
    }

    private async Task<(int ShopId, PaymentAccount Account)?> TryClaimShopAsync(int? villageId)
    {
        await _claiming.WaitAsync();
        try
        {
            var shopId = await WithDbAsync(db => db.Shops
                .Where(s => s.Status == ShopStatus.Active && !_claimed.Contains(s.Id) && (villageId == null || s.VillageId == villageId))
                .OrderBy(s => s.Id).Select(s => (int?)s.Id).FirstOrDefaultAsync());
            if (shopId is not { } id)
            {
                return null;
            }

            _claimed.Add(id);
            var account = await WithDbAsync(async db =>
            {
                var active = await db.PaymentAccounts.FirstOrDefaultAsync(a => a.ShopId == id && a.Status == PaymentAccountStatus.Active);
                if (active is null)
                {
                    active = new PaymentAccount
                    {
                        ShopId = id,
                        BankBin = "970436",
                        AccountNumber = "1012345678",
                        HolderName = "NGUYEN VAN TEST",
                        Status = PaymentAccountStatus.Active,
                        CreatedAt = DateTime.UtcNow,
                        ConfirmedAt = DateTime.UtcNow,
                    };
                    db.PaymentAccounts.Add(active);
                    await db.SaveChangesAsync();
                }

                return active;
            });
            return (id, account);
        }
        finally
        {
            _claiming.Release();
        }
    }

    /// <summary>A new unpaid storefront order with an eight-digit code ("DH12345678"), unlike any demo or shop code.</summary>
    public Task<Order> AddOrderAsync(int shopId, long totalVnd) => WithDbAsync(async db =>
    {
        var code = "DH" + Interlocked.Increment(ref _nextOrderNumber).ToString(CultureInfo.InvariantCulture);
        var order = new Order
        {
            ShopId = shopId,
            Channel = SalesChannel.Storefront,
            Code = code,
            ExternalId = code,
            BuyerName = "Khách thử",
            Status = OrderStatus.New,
            PaymentStatus = PaymentStatus.Unpaid,
            TotalVnd = totalVnd,
            PlacedAt = DateTime.UtcNow,
            UpdatedAt = DateTime.UtcNow,
        };
        db.Orders.Add(order);
        await db.SaveChangesAsync();
        return order;
    });

    public async Task SetWebhookAsync(int paymentAccountId, BankWebhookProvider provider, string secret)
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<BankWebhookSecrets>().SetAsync(paymentAccountId, provider, secret, CancellationToken.None);
    }

    public Task<List<Payment>> PaymentsOfAccountAsync(int paymentAccountId) =>
        WithDbAsync(db => db.Payments.AsNoTracking().Where(p => p.PaymentAccountId == paymentAccountId).ToListAsync());

    public Task<Order> OrderAsync(int orderId) => WithDbAsync(db => db.Orders.AsNoTracking().SingleAsync(o => o.Id == orderId));

    protected override void Dispose(bool disposing)
    {
        _claiming.Dispose();
        base.Dispose(disposing);
    }

    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[ClientAddressHeader], out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

[CollectionDefinition(Name)]
public class PaymentsTests : ICollectionFixture<PaymentsApp>
{
    public const string Name = "payments app";
}
