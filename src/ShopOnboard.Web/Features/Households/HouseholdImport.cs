using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Infrastructure.Text;

namespace ShopOnboard.Web.Features.Households;

public sealed record ImportRowError(int Row, string Message);

public sealed record ImportResult(int Added, IReadOnlyList<ImportRowError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Imports a village's household list from CSV or Excel (.xlsx). Every row is checked first; if any row is
/// wrong nothing is saved and each problem is reported with its row number, so a list is never half in.
/// Columns are found by their header, with or without diacritics: "Họ tên chủ hộ", "Số điện thoại",
/// "Số nhân khẩu", "Ghi chú".
/// </summary>
public sealed class HouseholdImport(ShopDbContext db, TimeProvider clock)
{
    public const int MaxRows = 2000;
    public const long MaxBytes = 2 * 1024 * 1024;

    private static readonly Dictionary<string, string> HeaderAliases = new()
    {
        ["ho ten chu ho"] = nameof(HouseholdForm.HeadName),
        ["ho ten"] = nameof(HouseholdForm.HeadName),
        ["chu ho"] = nameof(HouseholdForm.HeadName),
        ["so dien thoai"] = nameof(HouseholdForm.Phone),
        ["dien thoai"] = nameof(HouseholdForm.Phone),
        ["sdt"] = nameof(HouseholdForm.Phone),
        ["so nhan khau"] = nameof(HouseholdForm.MembersCount),
        ["nhan khau"] = nameof(HouseholdForm.MembersCount),
        ["ghi chu"] = nameof(HouseholdForm.Notes),
    };

    public async Task<ImportResult> ImportAsync(int villageId, Stream file, string fileName, CancellationToken cancellationToken)
    {
        List<string?[]> table;
        try
        {
            table = fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? ReadExcel(file) : ReadCsv(file);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The readers throw many kinds of exception on a damaged or foreign file; to the user they all
            // mean the same thing, and nothing has been saved yet.
            return Fail(0, "Không đọc được tệp. Hãy lưu danh sách dưới dạng CSV (UTF-8) hoặc Excel (.xlsx).");
        }

        if (table.Count == 0)
        {
            return Fail(0, "Tệp không có dữ liệu.");
        }

        var columns = MapHeader(table[0]);
        if (!columns.ContainsKey(nameof(HouseholdForm.HeadName)))
        {
            return Fail(1, "Không thấy cột \"Họ tên chủ hộ\" ở dòng đầu tiên.");
        }

        var dataRows = table.Skip(1).Select((cells, i) => (Row: i + 2, Cells: cells)).Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c))).ToList();
        if (dataRows.Count > MaxRows)
        {
            return Fail(0, $"Mỗi lần nhập tối đa {MaxRows} hộ.");
        }

        var existingPhones = (await db.Households.Where(h => h.VillageId == villageId && h.Phone != null).Select(h => h.Phone!).ToListAsync(cancellationToken)).ToHashSet();
        var seenPhones = new Dictionary<string, int>();
        var errors = new List<ImportRowError>();
        var households = new List<Household>();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (row, cells) in dataRows)
        {
            string? Cell(string field) => columns.TryGetValue(field, out var at) && at < cells.Length ? cells[at]?.Trim() : null;
            var form = new HouseholdForm { HeadName = Cell(nameof(HouseholdForm.HeadName)) ?? "", Phone = Cell(nameof(HouseholdForm.Phone)), Notes = Cell(nameof(HouseholdForm.Notes)) };
            var rowErrors = new List<string>();
            if (form.HeadName.Length is 0 or > 120)
            {
                rowErrors.Add(form.HeadName.Length == 0 ? "thiếu họ tên chủ hộ" : "họ tên quá 120 ký tự");
            }

            var members = Cell(nameof(HouseholdForm.MembersCount));
            if (string.IsNullOrEmpty(members))
            {
                form.MembersCount = 1;
            }
            else if (int.TryParse(members, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) && count is >= 1 and <= 30)
            {
                form.MembersCount = count;
            }
            else
            {
                rowErrors.Add($"số nhân khẩu \"{members}\" phải là số từ 1 đến 30");
            }

            if (!string.IsNullOrEmpty(form.Phone))
            {
                var phone = VietnamesePhone.Normalize(form.Phone);
                if (phone is null)
                {
                    rowErrors.Add($"số điện thoại \"{form.Phone}\" không đúng (cần 10 chữ số, ví dụ 0912345678)");
                }
                else if (existingPhones.Contains(phone))
                {
                    rowErrors.Add($"số điện thoại {phone} đã có ở một hộ trong thôn");
                }
                else if (seenPhones.TryGetValue(phone, out var firstRow))
                {
                    rowErrors.Add($"số điện thoại {phone} trùng với dòng {firstRow}");
                }
                else
                {
                    seenPhones[phone] = row;
                }
            }

            if ((form.Notes?.Length ?? 0) > 1000)
            {
                rowErrors.Add("ghi chú quá 1000 ký tự");
            }

            if (rowErrors.Count > 0)
            {
                errors.Add(new ImportRowError(row, string.Join("; ", rowErrors)));
                continue;
            }

            var household = new Household { VillageId = villageId, HeadName = "", CreatedAt = now };
            HouseholdRegister.Apply(form, household);
            households.Add(household);
        }

        if (errors.Count > 0 || households.Count == 0)
        {
            return errors.Count > 0 ? new ImportResult(0, errors) : Fail(0, "Tệp không có hộ nào.");
        }

        db.Households.AddRange(households);
        await db.SaveChangesAsync(cancellationToken);
        return new ImportResult(households.Count, []);
    }

    private static ImportResult Fail(int row, string message) => new(0, [new ImportRowError(row, message)]);

    private static Dictionary<string, int> MapHeader(string?[] header)
    {
        var columns = new Dictionary<string, int>();
        for (var i = 0; i < header.Length; i++)
        {
            if (HeaderAliases.TryGetValue(VietnameseText.Fold(header[i]).Trim(), out var field))
            {
                columns.TryAdd(field, i);
            }
        }

        return columns;
    }

    private static List<string?[]> ReadCsv(Stream file)
    {
        using var reader = new StreamReader(file, detectEncodingFromByteOrderMarks: true);
        using var parser = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { DetectDelimiter = true, BadDataFound = null });
        var rows = new List<string?[]>();
        while (parser.Read() && rows.Count <= MaxRows + 1)
        {
            rows.Add(parser.Record ?? []);
        }

        return rows;
    }

    private static List<string?[]> ReadExcel(Stream file)
    {
        var rows = new List<string?[]>();
        foreach (IDictionary<string, object?> row in file.Query(useHeaderRow: false, excelType: ExcelType.XLSX))
        {
            rows.Add(row.Values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)).ToArray());
            if (rows.Count > MaxRows + 1)
            {
                break;
            }
        }

        return rows;
    }
}
