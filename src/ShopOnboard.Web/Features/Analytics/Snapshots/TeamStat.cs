using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopOnboard.Web.Features.Teams;

namespace ShopOnboard.Web.Features.Analytics.Snapshots;

/// <summary>A team's line on the leaderboard, refreshed with its village's <see cref="UnitSnapshot"/>.</summary>
public class TeamStat
{
    public int TeamId { get; set; }
    public Team Team { get; set; } = null!;

    /// <summary>Shops (not closed) the team onboarded.</summary>
    public int Shops { get; set; }

    public int ActiveShops { get; set; }

    /// <summary>Visits recorded by the team's members, and those among them that trained someone.</summary>
    public int Visits { get; set; }

    public int Trainings { get; set; }
    public DateTime RefreshedAt { get; set; }
}

internal sealed class TeamStatConfiguration : IEntityTypeConfiguration<TeamStat>
{
    public void Configure(EntityTypeBuilder<TeamStat> stat)
    {
        stat.HasKey(s => s.TeamId);
        stat.Property(s => s.TeamId).ValueGeneratedNever();
        stat.HasOne(s => s.Team).WithOne().HasForeignKey<TeamStat>(s => s.TeamId).OnDelete(DeleteBehavior.Cascade);
    }
}
