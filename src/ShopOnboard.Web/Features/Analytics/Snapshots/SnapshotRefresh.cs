using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Geography;
using ShopOnboard.Web.Infrastructure;

namespace ShopOnboard.Web.Features.Analytics.Snapshots;

/// <summary>
/// Recomputes <see cref="UnitSnapshot"/>, <see cref="ShopOpeningMonth"/>, <see cref="TeamStat"/> and each shop's last order day for the villages
/// marked stale (every minute) or for all villages (nightly, when "dormant" moves on by a day). Re-running it
/// gives the same rows, so a retried job is harmless.
/// </summary>
[Hangfire.DisableConcurrentExecution(600)]
public sealed class SnapshotRefresh(ShopDbContext db, TimeProvider clock)
{
    /// <summary>Villages per transaction: small enough to keep the SQLite writer free, large enough to be quick.</summary>
    private const int Chunk = 400;

    public async Task<int> RefreshStaleAsync(CancellationToken cancellationToken)
    {
        var stale = await db.StaleUnits.AsNoTracking().ToListAsync(cancellationToken);
        foreach (var chunk in stale.Chunk(Chunk))
        {
            await RefreshAsync(chunk.Select(s => s.UnitId).ToList(), cancellationToken);
            await ClearAsync(chunk, cancellationToken);
        }

        return stale.Count;
    }

    public async Task<int> RefreshAllAsync(CancellationToken cancellationToken)
    {
        var stale = await db.StaleUnits.AsNoTracking().ToListAsync(cancellationToken);
        var villages = await db.Units.Where(u => u.Level == UnitLevel.Village).Select(u => u.Id).ToListAsync(cancellationToken);
        foreach (var chunk in villages.Chunk(Chunk))
        {
            await RefreshAsync(chunk, cancellationToken);
        }

        await ClearAsync(stale, cancellationToken);
        return villages.Count;
    }

    private async Task ClearAsync(IEnumerable<StaleUnit> marks, CancellationToken cancellationToken)
    {
        foreach (var mark in marks)
        {
            // Marked again while we computed: keep the row, the next run picks it up.
            await db.StaleUnits.Where(s => s.UnitId == mark.UnitId && s.Version == mark.Version).ExecuteDeleteAsync(cancellationToken);
        }
    }

    private async Task RefreshAsync(IReadOnlyCollection<int> villageIds, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var (units, openings) = await VillageFigures.ComputeAsync(db, villageIds, VietnamTime.Today(clock), cancellationToken);
        var teams = await TeamFigures.ComputeAsync(db, villageIds, cancellationToken);
        var teamIds = teams.Select(t => t.TeamId).ToList();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Shops.Where(s => villageIds.Contains(s.VillageId))
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastOrderDay, x => db.ShopDailyStats.Where(d => d.ShopId == x.Id && d.Orders > 0).Max(d => (DateOnly?)d.Day)), cancellationToken);
        await db.UnitSnapshots.Where(s => villageIds.Contains(s.UnitId)).ExecuteDeleteAsync(cancellationToken);
        await db.ShopOpeningMonths.Where(m => villageIds.Contains(m.UnitId)).ExecuteDeleteAsync(cancellationToken);
        await db.TeamStats.Where(s => teamIds.Contains(s.TeamId)).ExecuteDeleteAsync(cancellationToken);
        foreach (var unit in units.Values)
        {
            unit.RefreshedAt = now;
        }

        foreach (var team in teams)
        {
            team.RefreshedAt = now;
        }

        db.UnitSnapshots.AddRange(units.Values);
        db.ShopOpeningMonths.AddRange(openings);
        db.TeamStats.AddRange(teams);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
