using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;

namespace ShopOnboard.Web.Features.Marketplaces.Shopee;

/// <summary>
/// A shop's Shopee authorisation: first tokens from the redirect's code, and refreshes. The refresh token is
/// single-use, so the new pair is written in the same SaveChanges that replaces the old one, and only one
/// refresh per connection runs at a time in this process.
/// </summary>
public sealed class ShopeeConnections(ShopDbContext db, ShopeeClient shopee, MarketplaceTokens tokens, TimeProvider clock)
{
    /// <summary>Refresh when less than this is left of the 4-hour access token (the sweeper runs every 5 minutes).</summary>
    public static readonly TimeSpan RefreshAhead = TimeSpan.FromMinutes(45);

    private static readonly ConcurrentDictionary<int, SemaphoreSlim> Gates = new();

    public async Task<MarketplaceConnection> ConnectAsync(int shopId, string code, long externalShopId, CancellationToken cancellationToken)
    {
        var pair = await shopee.GetTokenAsync(code, externalShopId, cancellationToken);
        var connection = await db.MarketplaceConnections.FirstOrDefaultAsync(c => c.ShopId == shopId && c.Marketplace == Marketplace.Shopee, cancellationToken);
        if (connection is null)
        {
            connection = new MarketplaceConnection { ShopId = shopId, Marketplace = Marketplace.Shopee, ExternalShopId = "" };
            db.MarketplaceConnections.Add(connection);
        }

        connection.ExternalShopId = externalShopId.ToString(CultureInfo.InvariantCulture);
        connection.ConnectedAt = clock.GetUtcNow().UtcDateTime;
        Store(connection, pair);
        await db.SaveChangesAsync(cancellationToken);
        return connection;
    }

    /// <summary>The shop's credentials for a Shop API call, refreshed first when they are about to expire.</summary>
    public async Task<ShopeeShop> ShopAsync(int connectionId, CancellationToken cancellationToken)
    {
        var connection = await db.MarketplaceConnections.SingleAsync(c => c.Id == connectionId, cancellationToken);
        if (connection.AccessTokenExpiresAt is { } expires && expires - clock.GetUtcNow().UtcDateTime < RefreshAhead)
        {
            await RefreshAsync(connectionId, cancellationToken);
            await db.Entry(connection).ReloadAsync(cancellationToken);
        }

        if (connection.EncryptedAccessToken is null || connection.Status != ConnectionStatus.Connected)
        {
            throw new ShopeeException("error_auth", "Shop is not connected.", null, 401);
        }

        return new ShopeeShop(long.Parse(connection.ExternalShopId, CultureInfo.InvariantCulture), tokens.Unprotect(connection.EncryptedAccessToken));
    }

    public async Task RefreshAsync(int connectionId, CancellationToken cancellationToken)
    {
        var gate = Gates.GetOrAdd(connectionId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            // Re-read under the gate: another job may have refreshed a moment ago and spent the old token.
            var connection = await db.MarketplaceConnections.AsTracking().SingleAsync(c => c.Id == connectionId, cancellationToken);
            await db.Entry(connection).ReloadAsync(cancellationToken);
            if (connection.AccessTokenExpiresAt is { } expires && expires - clock.GetUtcNow().UtcDateTime >= RefreshAhead)
            {
                return;
            }

            if (connection.EncryptedRefreshToken is null)
            {
                connection.Status = ConnectionStatus.NeedsReauthorisation;
                await db.SaveChangesAsync(cancellationToken);
                return;
            }

            try
            {
                var pair = await shopee.RefreshAsync(tokens.Unprotect(connection.EncryptedRefreshToken), long.Parse(connection.ExternalShopId, CultureInfo.InvariantCulture), CancellationToken.None);
                Store(connection, pair);
            }
            catch (ShopeeException problem) when (!problem.IsTransient)
            {
                connection.Status = ConnectionStatus.NeedsReauthorisation;
                connection.LastError = MarketplaceText.Plain(problem);
            }

            // CancellationToken.None: once Shopee issued a new pair, losing it loses the shop.
            await db.SaveChangesAsync(CancellationToken.None);
        }
        finally
        {
            gate.Release();
        }
    }

    private void Store(MarketplaceConnection connection, ShopeeTokens pair)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        connection.EncryptedAccessToken = tokens.Protect(pair.AccessToken);
        connection.EncryptedRefreshToken = tokens.Protect(pair.RefreshToken);
        connection.AccessTokenExpiresAt = now + pair.ExpiresIn;
        connection.RefreshTokenExpiresAt = now.AddDays(30);
        connection.Status = ConnectionStatus.Connected;
        connection.LastError = null;
    }
}
