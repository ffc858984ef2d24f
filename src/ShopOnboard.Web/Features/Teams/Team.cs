using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopOnboard.Web.Features.Accounts;
using ShopOnboard.Web.Features.Geography;

namespace ShopOnboard.Web.Features.Teams;

/// <summary>A community digital-technology team (Tổ công nghệ số cộng đồng), attached to a unit.</summary>
public class Team
{
    public int Id { get; set; }
    public int UnitId { get; set; }
    public AdministrativeUnit Unit { get; set; } = null!;
    public required string Name { get; set; }
    public DateTime CreatedAt { get; set; }
    public List<TeamMember> Members { get; } = [];
}

public class TeamMember
{
    public int Id { get; set; }
    public int TeamId { get; set; }
    public Team Team { get; set; } = null!;
    public required string UserId { get; set; }
    public AppUser User { get; set; } = null!;
    public bool IsLeader { get; set; }

    /// <summary>What the member does day to day: village head, youth union, teacher...</summary>
    public string? Occupation { get; set; }

    public DateTime JoinedAt { get; set; }
}

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> team)
    {
        team.Property(t => t.Name).HasMaxLength(160);
        team.HasIndex(t => t.UnitId);
        team.HasOne(t => t.Unit).WithMany().OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TeamMemberConfiguration : IEntityTypeConfiguration<TeamMember>
{
    public void Configure(EntityTypeBuilder<TeamMember> member)
    {
        member.Property(m => m.Occupation).HasMaxLength(80);
        member.HasIndex(m => new { m.TeamId, m.UserId }).IsUnique();
        member.HasIndex(m => m.UserId);
        member.HasOne(m => m.Team).WithMany(t => t.Members).OnDelete(DeleteBehavior.Cascade);
        member.HasOne(m => m.User).WithMany().OnDelete(DeleteBehavior.Restrict);
    }
}
