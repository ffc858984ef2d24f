using System.Security.Claims;
using System.Text.Json;
using ShopOnboard.Web.Data;

namespace ShopOnboard.Web.Features.Audit;

/// <summary>
/// Adds audit entries to the current unit of work, so the entry is saved in the same transaction as the
/// change it describes: no change without its entry, no entry without its change.
/// </summary>
public sealed class AuditLog(ShopDbContext db, TimeProvider clock, IHttpContextAccessor http)
{
    public void Record(string action, string entityType, object entityId, string? unitPath, object? before, object? after)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            UserId = http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier),
            Action = action,
            EntityType = entityType,
            EntityId = Convert.ToString(entityId, System.Globalization.CultureInfo.InvariantCulture) ?? "",
            UnitPath = unitPath,
            Before = before is null ? null : JsonSerializer.Serialize(before),
            After = after is null ? null : JsonSerializer.Serialize(after),
        });
    }
}
