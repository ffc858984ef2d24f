using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopOnboard.Web.Features.Geography;

namespace ShopOnboard.Web.Features.Accounts;

public class AppUser : IdentityUser
{
    public string FullName { get; set; } = "";
    public DateTime CreatedAt { get; set; }

    /// <summary>
    /// Hash of the one-time code a team member reads out or prints when handing a shop over. The farmer
    /// signs in with it once and sets a password; it is then cleared.
    /// </summary>
    public string? OneTimeCodeHash { get; set; }

    public DateTime? OneTimeCodeExpiresAt { get; set; }
    public List<UserScope> Scopes { get; } = [];
}

/// <summary>
/// A unit a reviewer or team member works in. A scope covers the unit and everything under it.
/// </summary>
public class UserScope
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public AppUser User { get; set; } = null!;
    public int UnitId { get; set; }
    public AdministrativeUnit Unit { get; set; } = null!;
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> user)
    {
        user.Property(u => u.FullName).HasMaxLength(120);
        user.Property(u => u.OneTimeCodeHash).HasMaxLength(200).IsUnicode(false);
        user.HasIndex(u => u.PhoneNumber);
    }
}

internal sealed class UserScopeConfiguration : IEntityTypeConfiguration<UserScope>
{
    public void Configure(EntityTypeBuilder<UserScope> scope)
    {
        scope.HasIndex(s => new { s.UserId, s.UnitId }).IsUnique();
        scope.HasOne(s => s.User).WithMany(u => u.Scopes).OnDelete(DeleteBehavior.Cascade);
        scope.HasOne(s => s.Unit).WithMany().OnDelete(DeleteBehavior.Restrict);
    }
}
