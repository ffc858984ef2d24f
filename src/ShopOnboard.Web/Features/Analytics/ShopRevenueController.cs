using System.Globalization;
using CsvHelper;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using ShopOnboard.Web.Features.Audit;
using ShopOnboard.Web.Infrastructure.Authorization;

namespace ShopOnboard.Web.Features.Analytics;

/// <summary>A shop's revenue and growth, on screen and as CSV or Excel for the farmer's records.</summary>
[Route("shops/{shopId:int}/revenue")]
public sealed class ShopRevenueController(ShopRevenueQuery revenue, AuditLog audit, Data.ShopDbContext db) : Controller
{
    [HttpGet("")]
    [Authorize(Policy = Policies.ManageShop)]
    public async Task<IActionResult> Index(int shopId, CancellationToken cancellationToken) =>
        View("ShopRevenue", await revenue.LoadAsync(shopId, cancellationToken));

    [HttpGet("export.csv")]
    [Authorize(Policy = Policies.ManageShop)]
    public async Task<IActionResult> Csv(int shopId, CancellationToken cancellationToken)
    {
        var data = await revenue.LoadAsync(shopId, cancellationToken);
        await AuditExportAsync(shopId, "csv", cancellationToken);
        var output = new MemoryStream();
        await using (var writer = new StreamWriter(output, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        await using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            // A byte-order mark (above) so Excel on Vietnamese Windows opens the diacritics right.
            var rows = data.Months.Select(Row).ToList();
            foreach (var header in rows[0].Keys)
            {
                csv.WriteField(header);
            }

            await csv.NextRecordAsync();
            foreach (var row in rows)
            {
                foreach (var value in row.Values)
                {
                    csv.WriteField(value);
                }

                await csv.NextRecordAsync();
            }
        }

        output.Position = 0;
        return File(output, "text/csv; charset=utf-8", $"doanh-thu-cua-hang-{shopId}.csv");
    }

    [HttpGet("export.xlsx")]
    [Authorize(Policy = Policies.ManageShop)]
    public async Task<IActionResult> Excel(int shopId, CancellationToken cancellationToken)
    {
        var data = await revenue.LoadAsync(shopId, cancellationToken);
        await AuditExportAsync(shopId, "xlsx", cancellationToken);
        var output = new MemoryStream();
        await output.SaveAsAsync(data.Months.Select(Row), sheetName: "Doanh thu", cancellationToken: cancellationToken);
        output.Position = 0;
        return File(output, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"doanh-thu-cua-hang-{shopId}.xlsx");
    }

    private static Dictionary<string, object> Row(MonthFigures m) => new()
    {
        ["Tháng"] = string.Create(CultureInfo.InvariantCulture, $"{m.Year}-{m.Month:D2}"),
        ["Số đơn"] = m.Orders,
        ["Doanh thu (đồng)"] = m.RevenueVnd,
        ["Số sản phẩm"] = m.Items,
    };

    private async Task AuditExportAsync(int shopId, string format, CancellationToken cancellationToken)
    {
        var unitPath = await db.Shops.Where(s => s.Id == shopId).Select(s => s.Village.Path).FirstAsync(cancellationToken);
        audit.Record("export.shop-revenue", "Shop", shopId, unitPath, null, new { Format = format });
        await db.SaveChangesAsync(cancellationToken);
    }
}
