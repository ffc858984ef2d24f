using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace ShopOnboard.Web.Features.Accounts;

/// <summary>
/// The one-time code a team member reads out or prints on a card when a shop is handed over. Six digits
/// are easy to read aloud; the code is stored only as a hash, expires, and the lockout of the account
/// (five wrong tries) stops guessing.
/// </summary>
public sealed class OneTimeCodes(IPasswordHasher<AppUser> hasher, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public string Issue(AppUser user)
    {
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        user.OneTimeCodeHash = hasher.HashPassword(user, code);
        user.OneTimeCodeExpiresAt = clock.GetUtcNow().UtcDateTime + Lifetime;
        return code;
    }

    public bool Verify(AppUser user, string? code) =>
        user.OneTimeCodeHash is not null
        && user.OneTimeCodeExpiresAt > clock.GetUtcNow().UtcDateTime
        && !string.IsNullOrWhiteSpace(code)
        && hasher.VerifyHashedPassword(user, user.OneTimeCodeHash, code.Trim()) != PasswordVerificationResult.Failed;

    public static void Clear(AppUser user)
    {
        user.OneTimeCodeHash = null;
        user.OneTimeCodeExpiresAt = null;
    }
}
