using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ShopOnboard.Web.Features.Geography;

/// <summary>
/// One node of the administrative tree (tỉnh → huyện → xã → thôn). Levels are data: since July 2025
/// most communes hang directly under a province, while the programme's history was kept by district.
/// </summary>
public class AdministrativeUnit
{
    public int Id { get; set; }
    public int? ParentId { get; set; }
    public AdministrativeUnit? Parent { get; set; }
    public UnitLevel Level { get; set; }
    public required string Name { get; set; }

    /// <summary>Official code (mã đơn vị hành chính) where one exists.</summary>
    public string? Code { get; set; }

    /// <summary>
    /// Materialised path of ids, e.g. "/1/4/17/". A unit's subtree is every unit whose path starts
    /// with its own, which makes scope checks and roll-ups one indexed prefix query.
    /// </summary>
    public string Path { get; set; } = "/";

    public List<AdministrativeUnit> Children { get; } = [];

    public bool Covers(string otherPath) => otherPath.StartsWith(Path, StringComparison.Ordinal);
}

public enum UnitLevel
{
    Province,
    District,
    Commune,
    Village,
}

internal sealed class AdministrativeUnitConfiguration : IEntityTypeConfiguration<AdministrativeUnit>
{
    public void Configure(EntityTypeBuilder<AdministrativeUnit> unit)
    {
        unit.Property(u => u.Name).HasMaxLength(120);
        unit.Property(u => u.Code).HasMaxLength(20);
        unit.Property(u => u.Path).HasMaxLength(200).IsUnicode(false);
        unit.HasIndex(u => u.Path);
        unit.HasIndex(u => u.ParentId);
        unit.HasOne(u => u.Parent).WithMany(u => u.Children).OnDelete(DeleteBehavior.Restrict);
    }
}
