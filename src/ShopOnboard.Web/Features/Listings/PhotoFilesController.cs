using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using ShopOnboard.Web.Features.Photos;

namespace ShopOnboard.Web.Features.Listings;

/// <summary>
/// Serves renditions by their content-hash names. A name always means the same bytes, so browsers and
/// proxies may keep them for a year without asking again: on 3G every saved request counts.
/// </summary>
public sealed class PhotoFilesController(IPhotoStore store) : Controller
{
    [HttpGet("/photos/{name}")]
    [AllowAnonymous]
    public async Task<IActionResult> Get(string name, CancellationToken cancellationToken)
    {
        if (!PhotoNames.IsValid(name) || await store.OpenReadAsync(name, cancellationToken) is not { } stream)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        var contentType = name.EndsWith(".jpg", StringComparison.Ordinal) ? "image/jpeg" : "image/webp";
        return File(stream, contentType, lastModified: null, entityTag: new EntityTagHeaderValue($"\"{name}\""));
    }
}
