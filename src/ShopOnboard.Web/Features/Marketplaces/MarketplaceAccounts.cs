using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;

namespace ShopOnboard.Web.Features.Marketplaces;

/// <summary>
/// A shop's authorisation on any marketplace: first tokens from the redirect's code, and refreshes ahead of
/// expiry. Refresh tokens may be single-use (Shopee's are), so the new pair is written in the same SaveChanges
/// that replaces the old one, and only one refresh per connection runs at a time in this process.
/// </summary>
public sealed class MarketplaceAccounts(ShopDbContext db, IEnumerable<IMarketplaceClient> clients, MarketplaceTokens tokens, TimeProvider clock)
{
    private static readonly ConcurrentDictionary<int, SemaphoreSlim> Gates = new();

    public async Task<MarketplaceConnection> ConnectAsync(int shopId, Marketplace marketplace, string code, string? externalShopId, CancellationToken cancellationToken)
    {
        var grant = await clients.For(marketplace).ExchangeCodeAsync(code, externalShopId, cancellationToken);
        var connection = await db.MarketplaceConnections.AsTracking().FirstOrDefaultAsync(c => c.ShopId == shopId && c.Marketplace == marketplace, cancellationToken);
        if (connection is null)
        {
            connection = new MarketplaceConnection { ShopId = shopId, Marketplace = marketplace, ExternalShopId = "" };
            db.MarketplaceConnections.Add(connection);
        }

        connection.ConnectedAt = clock.GetUtcNow().UtcDateTime;
        Store(connection, grant);
        await db.SaveChangesAsync(CancellationToken.None);
        return connection;
    }

    /// <summary>The shop's credentials for a call, refreshed first when they are about to expire.</summary>
    public async Task<MarketplaceAccount> AccountAsync(int connectionId, CancellationToken cancellationToken)
    {
        var connection = await db.MarketplaceConnections.AsNoTracking().SingleAsync(c => c.Id == connectionId, cancellationToken);
        if (IsDue(connection))
        {
            await RefreshAsync(connectionId, cancellationToken);
            connection = await db.MarketplaceConnections.AsNoTracking().SingleAsync(c => c.Id == connectionId, cancellationToken);
        }

        if (connection.EncryptedAccessToken is null || connection.Status != ConnectionStatus.Connected)
        {
            throw MarketplaceException.NotConnected(connection.Marketplace);
        }

        return new MarketplaceAccount(connection.ExternalShopId, tokens.Unprotect(connection.EncryptedAccessToken));
    }

    public bool IsDue(MarketplaceConnection connection) => IsDue(connection.Marketplace, connection.AccessTokenExpiresAt);

    public bool IsDue(Marketplace marketplace, DateTime? accessTokenExpiresAt) =>
        accessTokenExpiresAt is { } expires && expires - clock.GetUtcNow().UtcDateTime < clients.For(marketplace).RefreshAhead;

    public async Task RefreshAsync(int connectionId, CancellationToken cancellationToken)
    {
        var gate = Gates.GetOrAdd(connectionId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            // Read under the gate: another job may have refreshed a moment ago and spent the old token.
            var connection = await db.MarketplaceConnections.AsTracking().SingleAsync(c => c.Id == connectionId, cancellationToken);
            await db.Entry(connection).ReloadAsync(cancellationToken);
            if (!IsDue(connection))
            {
                return;
            }

            if (connection.EncryptedRefreshToken is null)
            {
                connection.Status = ConnectionStatus.NeedsReauthorisation;
                await db.SaveChangesAsync(CancellationToken.None);
                return;
            }

            try
            {
                var grant = await clients.For(connection.Marketplace).RefreshAsync(tokens.Unprotect(connection.EncryptedRefreshToken), connection.ExternalShopId, CancellationToken.None);
                Store(connection, grant);
            }
            catch (MarketplaceException problem) when (!problem.IsTransient)
            {
                connection.Status = ConnectionStatus.NeedsReauthorisation;
                connection.LastError = MarketplaceText.Plain(problem);
            }

            // CancellationToken.None: once the marketplace issued a new pair, losing it loses the shop.
            await db.SaveChangesAsync(CancellationToken.None);
        }
        finally
        {
            gate.Release();
        }
    }

    private void Store(MarketplaceConnection connection, MarketplaceGrant grant)
    {
        connection.ExternalShopId = grant.ExternalShopId;
        connection.EncryptedAccessToken = tokens.Protect(grant.AccessToken);
        connection.EncryptedRefreshToken = tokens.Protect(grant.RefreshToken);
        connection.AccessTokenExpiresAt = grant.AccessTokenExpiresAt;
        connection.RefreshTokenExpiresAt = grant.RefreshTokenExpiresAt;
        connection.Status = ConnectionStatus.Connected;
        connection.LastError = null;
    }
}
