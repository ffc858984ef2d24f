using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ShopOnboard.Web.Infrastructure.Authorization;

namespace ShopOnboard.Web.Features.Teams;

public sealed class TeamHomeController(TeamHomeQuery home, AccessScope scope) : Controller
{
    [HttpGet("/team")]
    [Authorize(Policy = Policies.TeamMember)]
    public async Task<IActionResult> Index(string? q, CancellationToken cancellationToken) =>
        View("TeamHome", await home.LoadAsync(await scope.PathsAsync(User, cancellationToken), q, cancellationToken));
}
