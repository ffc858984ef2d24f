using System.Globalization;
using System.Text;
using CsvHelper;
using MiniExcelLibs;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Audit;

namespace ShopOnboard.Web.Features.Analytics.Dashboard;

/// <summary>
/// The ministry's report as CSV or Excel, one row per unit (the unit itself first). Every export is
/// audited with the unit's path, so an office can see who took which figures out.
/// </summary>
public sealed class MetricsExport(AuditLog audit, ShopDbContext db)
{
    /// <summary>Vietnamese headers: the officials paste these files into their reports as they are.</summary>
    private static readonly string[] Headers =
    [
        "Đơn vị", "Từ ngày", "Đến ngày", "Hộ có tài khoản", "Tài khoản hoạt động", "Sản phẩm đăng bán",
        "Sản phẩm OCOP", "Số giao dịch", "Giá trị giao dịch (đồng)", "Số người được tập huấn",
    ];

    public static string FileName(MinistryMetrics m, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"chi-so-bo-{m.UnitId}-{m.From:yyyyMMdd}-{m.To:yyyyMMdd}.{extension}");

    public async Task<Stream> CsvAsync(MinistryMetrics metrics, CancellationToken cancellationToken)
    {
        await AuditAsync(metrics, "csv", cancellationToken);
        var output = new MemoryStream();
        await using (var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        await using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            // Written field by field: CsvHelper cannot map dictionaries, and the order must match the headers.
            foreach (var header in Headers)
            {
                csv.WriteField(header);
            }

            await csv.NextRecordAsync();
            foreach (var row in Rows(metrics))
            {
                foreach (var value in Values(metrics, row))
                {
                    csv.WriteField(Convert.ToString(value, CultureInfo.InvariantCulture));
                }

                await csv.NextRecordAsync();
            }
        }

        output.Position = 0;
        return output;
    }

    public async Task<Stream> ExcelAsync(MinistryMetrics metrics, CancellationToken cancellationToken)
    {
        await AuditAsync(metrics, "xlsx", cancellationToken);
        var output = new MemoryStream();
        var rows = Rows(metrics).Select(r => Headers.Zip(Values(metrics, r)).ToDictionary(p => p.First, p => p.Second));
        await output.SaveAsAsync(rows, sheetName: "Chi so", cancellationToken: cancellationToken);
        output.Position = 0;
        return output;
    }

    private static IEnumerable<MinistryRow> Rows(MinistryMetrics m) => m.Children.Prepend(m.Total);

    private static object[] Values(MinistryMetrics m, MinistryRow r) =>
    [
        r.UnitName,
        m.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        m.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        r.HouseholdsWithAccounts, r.ActiveAccounts, r.ProductsListed, r.OcopProductsListed,
        r.Transactions, r.TransactionValueVnd, r.PeopleTrained,
    ];

    private async Task AuditAsync(MinistryMetrics m, string format, CancellationToken cancellationToken)
    {
        audit.Record("export.ministry-metrics", "AdministrativeUnit", m.UnitId, m.UnitPath, null, new { Format = format, m.From, m.To });
        await db.SaveChangesAsync(cancellationToken);
    }
}
