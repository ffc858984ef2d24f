using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ShopOnboard.Web.Infrastructure.Authorization;

namespace ShopOnboard.Web.Features.Admin;

public sealed record UsersPage(string? Query, IReadOnlyList<UserRow> Users);

/// <summary>Admins give people their roles and the units they cover (team members, reviewers).</summary>
[Route("admin/users")]
[Authorize(Policy = Policies.Admin)]
public sealed class UsersController(UserAccess access) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, CancellationToken cancellationToken) =>
        View("Users", new UsersPage(q, await access.SearchAsync(q, cancellationToken)));

    [HttpGet("{userId}")]
    public async Task<IActionResult> Edit(string userId, bool saved, CancellationToken cancellationToken)
    {
        var page = await access.PageAsync(userId, null, saved, cancellationToken);
        return page is null ? NotFound() : View("UserAccess", page);
    }

    /// <summary>The form posts the roles ticked, the scopes kept and optionally one unit to add.</summary>
    [HttpPost("{userId}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Save(string userId, string[]? roles, int[]? units, int? addUnit, CancellationToken cancellationToken)
    {
        var wanted = (units ?? []).ToList();
        if (addUnit is { } extra)
        {
            wanted.Add(extra);
        }

        var error = await access.SaveAsync(userId, User.FindFirstValue(ClaimTypes.NameIdentifier), roles ?? [], wanted, cancellationToken);
        if (error is null)
        {
            return Redirect($"/admin/users/{Uri.EscapeDataString(userId)}?saved=true");
        }

        var page = await access.PageAsync(userId, error, false, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("UserAccess", page);
    }
}
