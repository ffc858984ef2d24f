using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopOnboard.Web.Features.Shops;

namespace ShopOnboard.Web.Features.Marketplaces;

/// <summary>
/// A shop's authorised account on a marketplace. Tokens are stored encrypted (Data Protection);
/// the access and refresh token are always written together, because Shopee's refresh token is
/// single-use and losing the new pair loses the shop.
/// </summary>
public class MarketplaceConnection
{
    public int Id { get; set; }
    public int ShopId { get; set; }
    public Shop Shop { get; set; } = null!;
    public Marketplace Marketplace { get; set; }
    public required string ExternalShopId { get; set; }
    public string? EncryptedAccessToken { get; set; }
    public string? EncryptedRefreshToken { get; set; }
    public DateTime? AccessTokenExpiresAt { get; set; }
    public DateTime? RefreshTokenExpiresAt { get; set; }
    public ConnectionStatus Status { get; set; }
    public string? LastError { get; set; }

    /// <summary>Orders updated up to this time have been pulled.</summary>
    public DateTime? OrdersPulledUntil { get; set; }

    public DateTime ConnectedAt { get; set; }
}

public enum Marketplace
{
    Shopee,
    Lazada,
    TikTokShop,
}

public enum ConnectionStatus
{
    Connected,
    NeedsReauthorisation,
    Disconnected,
}

internal sealed class MarketplaceConnectionConfiguration : IEntityTypeConfiguration<MarketplaceConnection>
{
    public void Configure(EntityTypeBuilder<MarketplaceConnection> connection)
    {
        connection.Property(c => c.ExternalShopId).HasMaxLength(64).IsUnicode(false);
        connection.Property(c => c.EncryptedAccessToken).HasMaxLength(2000).IsUnicode(false);
        connection.Property(c => c.EncryptedRefreshToken).HasMaxLength(2000).IsUnicode(false);
        connection.Property(c => c.LastError).HasMaxLength(500);
        connection.HasIndex(c => new { c.ShopId, c.Marketplace }).IsUnique();
        connection.HasOne(c => c.Shop).WithMany().OnDelete(DeleteBehavior.Cascade);
    }
}
