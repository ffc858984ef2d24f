using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopOnboard.Web.Features.Geography;

namespace ShopOnboard.Web.Features.Households;

/// <summary>A household (hộ gia đình) of a village: the denominator of "share of households online".</summary>
public class Household
{
    public int Id { get; set; }
    public int VillageId { get; set; }
    public AdministrativeUnit Village { get; set; } = null!;
    public required string HeadName { get; set; }

    /// <summary>Head's name folded to lower-case ASCII, so "nguyen van a" finds "Nguyễn Văn A".</summary>
    public string HeadNameSearch { get; set; } = "";

    public string? Phone { get; set; }
    public int MembersCount { get; set; }
    public string? Notes { get; set; }
    public bool HasDigitalShop { get; set; }
    public bool HasEPaymentAccount { get; set; }
    public bool IsTrained { get; set; }
    public DateTime CreatedAt { get; set; }
}

internal sealed class HouseholdConfiguration : IEntityTypeConfiguration<Household>
{
    public void Configure(EntityTypeBuilder<Household> household)
    {
        household.Property(h => h.HeadName).HasMaxLength(120);
        household.Property(h => h.HeadNameSearch).HasMaxLength(120);
        household.Property(h => h.Phone).HasMaxLength(15).IsUnicode(false);
        household.Property(h => h.Notes).HasMaxLength(1000);
        household.HasIndex(h => new { h.VillageId, h.HeadNameSearch });
        household.HasOne(h => h.Village).WithMany().OnDelete(DeleteBehavior.Restrict);
    }
}
