using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using ShopOnboard.Web.Infrastructure.Authorization;
using ShopOnboard.Web.Infrastructure.Localization;

namespace ShopOnboard.Web.Features.Households;

[Route("villages/{unitId:int}/households/import")]
public sealed class HouseholdImportController(HouseholdImport import, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    [Authorize(Policy = Policies.WorkInUnit)]
    public IActionResult Index(int unitId) => View("Import", new HouseholdImportPage(unitId, null));

    [HttpPost("")]
    [Authorize(Policy = Policies.WorkInUnit)]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(HouseholdImport.MaxBytes + 64 * 1024)]
    public async Task<IActionResult> Index(int unitId, IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return View("Import", new HouseholdImportPage(unitId, new ImportResult(0, [new ImportRowError(0, text["Hãy chọn tệp CSV hoặc Excel."])])));
        }

        if (file.Length > HouseholdImport.MaxBytes)
        {
            return View("Import", new HouseholdImportPage(unitId, new ImportResult(0, [new ImportRowError(0, text["Tệp quá lớn (tối đa 2 MB)."])])));
        }

        await using var stream = file.OpenReadStream();
        var result = await import.ImportAsync(unitId, stream, file.FileName, cancellationToken);
        return View("Import", new HouseholdImportPage(unitId, result));
    }
}

public sealed record HouseholdImportPage(int VillageId, ImportResult? Result);
