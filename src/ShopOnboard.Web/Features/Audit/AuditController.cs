using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Infrastructure.Authorization;

namespace ShopOnboard.Web.Features.Audit;

public sealed record AuditRow(DateTime At, string? UserName, string Action, string EntityType, string EntityId, string? Before, string? After);

public sealed record AuditPage(string? Action, IReadOnlyList<AuditRow> Entries);

/// <summary>
/// The audit trail: bank accounts, prices, order status, consent, hand-over, exports. Admins read all of it;
/// a reviewer reads the entries of the units they cover.
/// </summary>
public sealed class AuditController(ShopDbContext db, AccessScope scope) : Controller
{
    private const int PageSize = 200;

    [HttpGet("/audit")]
    [Authorize(Policy = Policies.Reviewer)]
    public async Task<IActionResult> Index(string? kind, CancellationToken cancellationToken)
    {
        var paths = await scope.PathsAsync(User, cancellationToken);
        var entries = db.AuditEntries.AsNoTracking();
        if (!paths.Contains("/"))
        {
            entries = entries.Where(e => e.UnitPath != null).WithinScope(paths, e => e.UnitPath!);
        }

        if (!string.IsNullOrWhiteSpace(kind))
        {
            entries = entries.Where(e => e.Action == kind);
        }

        var rows = await entries.OrderByDescending(e => e.Id).Take(PageSize)
            .Select(e => new AuditRow(e.At, db.Users.Where(u => u.Id == e.UserId).Select(u => u.UserName).FirstOrDefault(), e.Action, e.EntityType, e.EntityId, e.Before, e.After))
            .ToListAsync(cancellationToken);
        return View("Audit", new AuditPage(kind, rows));
    }
}
