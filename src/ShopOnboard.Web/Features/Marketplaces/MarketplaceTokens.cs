using Microsoft.AspNetCore.DataProtection;

namespace ShopOnboard.Web.Features.Marketplaces;

/// <summary>Encrypts marketplace tokens at rest with Data Protection (keys shared by every node on SQL Server).</summary>
public sealed class MarketplaceTokens(IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("ShopOnboard.Marketplaces.Tokens.v1");

    public string Protect(string token) => _protector.Protect(token);

    public string Unprotect(string encrypted) => _protector.Unprotect(encrypted);
}
