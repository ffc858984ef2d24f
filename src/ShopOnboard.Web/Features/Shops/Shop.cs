using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopOnboard.Web.Features.Accounts;
using ShopOnboard.Web.Features.Geography;
using ShopOnboard.Web.Features.Households;
using ShopOnboard.Web.Features.Teams;

namespace ShopOnboard.Web.Features.Shops;

/// <summary>A household's online shop (cửa hàng số), opened with the household's consent.</summary>
public class Shop
{
    public int Id { get; set; }
    public int HouseholdId { get; set; }
    public Household Household { get; set; } = null!;

    /// <summary>Copied from the household so scope checks and roll-ups need no extra join.</summary>
    public int VillageId { get; set; }
    public AdministrativeUnit Village { get; set; } = null!;

    /// <summary>The team that onboarded the shop: credited on the leaderboard.</summary>
    public int? TeamId { get; set; }
    public Team? Team { get; set; }

    /// <summary>The farmer's ShopOwner account, once the shop is handed over.</summary>
    public string? OwnerUserId { get; set; }
    public AppUser? OwnerUser { get; set; }

    public required string Name { get; set; }
    public string NameSearch { get; set; } = "";
    public required string Slug { get; set; }
    public string? Description { get; set; }
    public string? Phone { get; set; }
    public ShopStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ActivatedAt { get; set; }

    /// <summary>
    /// The last day with a counted order, kept by the analytics snapshot refresh (not by order writes), so the
    /// dashboard can list dormant shops without reading their daily roll-ups.
    /// </summary>
    public DateOnly? LastOrderDay { get; set; }

    /// <summary>Who in the household agreed to open the shop, how, and who recorded it.</summary>
    public string? ConsentGivenBy { get; set; }
    public ConsentMethod? ConsentMethod { get; set; }
    public DateTime? ConsentRecordedAt { get; set; }
    public string? ConsentRecordedByUserId { get; set; }

    /// <summary>The team member chose to link marketplaces later; the checklist step counts as done.</summary>
    public bool MarketplacesDeferred { get; set; }

    /// <summary>When the owner confirmed, on their own phone, that the shop is theirs and correct.</summary>
    public DateTime? OwnerConfirmedAt { get; set; }
}

public enum ConsentMethod
{
    /// <summary>Said yes in person, in front of the team member.</summary>
    InPerson,

    /// <summary>Signed the paper form of the commune.</summary>
    SignedForm,

    /// <summary>Agreed on a phone or Zalo call.</summary>
    PhoneCall,
}

public enum ShopStatus
{
    Onboarding,
    Active,
    Suspended,
    Closed,
}

internal sealed class ShopConfiguration : IEntityTypeConfiguration<Shop>
{
    public void Configure(EntityTypeBuilder<Shop> shop)
    {
        shop.Property(s => s.Name).HasMaxLength(120);
        shop.Property(s => s.NameSearch).HasMaxLength(120);
        shop.Property(s => s.Slug).HasMaxLength(80).IsUnicode(false);
        shop.Property(s => s.Description).HasMaxLength(2000);
        shop.Property(s => s.Phone).HasMaxLength(15).IsUnicode(false);
        shop.Property(s => s.ConsentGivenBy).HasMaxLength(120);
        shop.HasIndex(s => s.Slug).IsUnique();
        shop.HasIndex(s => new { s.VillageId, s.Status });
        shop.HasIndex(s => s.HouseholdId);
        shop.HasIndex(s => s.OwnerUserId);
        shop.HasIndex(s => s.TeamId);
        shop.HasIndex(s => new { s.Status, s.LastOrderDay });
        shop.HasOne(s => s.Household).WithMany().OnDelete(DeleteBehavior.Restrict);
        shop.HasOne(s => s.Village).WithMany().OnDelete(DeleteBehavior.Restrict);
        shop.HasOne(s => s.Team).WithMany().OnDelete(DeleteBehavior.SetNull);
        shop.HasOne(s => s.OwnerUser).WithMany().OnDelete(DeleteBehavior.SetNull);
    }
}
