using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ShopOnboard.Web.Infrastructure;
using ShopOnboard.Web.Infrastructure.Authorization;

namespace ShopOnboard.Web.Features.Analytics.Dashboard;

public sealed record UnitDashboard(UnitOverview Overview, UnitGrowth Growth, Onboarding Onboarding, string Sort);

/// <summary>
/// The reviewer's growth dashboard and the ministry's report. The ReviewUnit policy answers 404 for a unit
/// outside the reviewer's scope, and everything shown is under that unit, so scope holds for exports too.
/// </summary>
[Route("review/units/{unitId:int}")]
public sealed class DashboardController(
    UnitOverviewQuery overview,
    UnitGrowthQuery growth,
    OnboardingQuery onboarding,
    MinistryMetricsQuery metrics,
    MetricsExport export,
    AccessScope scope,
    TimeProvider clock) : Controller
{
    [HttpGet("dashboard")]
    [Authorize(Policy = Policies.ReviewUnit)]
    public async Task<IActionResult> Index(int unitId, DateOnly? baseline, string? sort, CancellationToken cancellationToken)
    {
        var unit = await overview.LoadAsync(unitId, await scope.PathsAsync(User, cancellationToken), cancellationToken);
        if (unit is null)
        {
            return NotFound();
        }

        var path = await metrics.PathAsync(unitId, cancellationToken);
        var model = new UnitDashboard(
            unit with { Children = SortChildren(unit.Children, sort) },
            await growth.LoadAsync(unitId, path!, baseline, cancellationToken),
            await onboarding.LoadAsync(path!, cancellationToken),
            sort ?? "name");
        return View("Dashboard", model);
    }

    [HttpGet("metrics")]
    [Authorize(Policy = Policies.ReviewUnit)]
    public async Task<IActionResult> Metrics(int unitId, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var (first, last) = Period(from, to);
        var model = await metrics.LoadAsync(unitId, first, last, cancellationToken);
        return model is null ? NotFound() : View("Metrics", model);
    }

    [HttpGet("metrics.csv")]
    [Authorize(Policy = Policies.ReviewUnit)]
    public async Task<IActionResult> MetricsCsv(int unitId, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var (first, last) = Period(from, to);
        var model = await metrics.LoadAsync(unitId, first, last, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        return File(await export.CsvAsync(model, cancellationToken), "text/csv; charset=utf-8", MetricsExport.FileName(model, "csv"));
    }

    [HttpGet("metrics.xlsx")]
    [Authorize(Policy = Policies.ReviewUnit)]
    public async Task<IActionResult> MetricsExcel(int unitId, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var (first, last) = Period(from, to);
        var model = await metrics.LoadAsync(unitId, first, last, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        return File(await export.ExcelAsync(model, cancellationToken), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MetricsExport.FileName(model, "xlsx"));
    }

    /// <summary>The current month to date unless the reviewer chose a period; a reversed period is swapped.</summary>
    private (DateOnly From, DateOnly To) Period(DateOnly? from, DateOnly? to)
    {
        var today = VietnamTime.Today(clock);
        var first = from ?? new DateOnly(today.Year, today.Month, 1);
        var last = to ?? today;
        return first <= last ? (first, last) : (last, first);
    }

    private static List<UnitRow> SortChildren(IReadOnlyList<UnitRow> rows, string? sort) => sort switch
    {
        "shops" => rows.OrderByDescending(r => r.Figures.Shops).ToList(),
        "active" => rows.OrderByDescending(r => r.Figures.ActiveShops).ToList(),
        "share" => rows.OrderByDescending(r => r.Figures.ShareOfHouseholdsOnline).ToList(),
        "revenue" => rows.OrderByDescending(r => r.Figures.RevenueLast12MonthsVnd).ToList(),
        _ => rows.ToList(),
    };
}
