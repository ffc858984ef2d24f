using System.Globalization;

namespace ShopOnboard.Web.Features.Marketplaces.Exports;

/// <summary>A listing as the bulk-upload sheets need it, with the zip's file names of its photos, main photo first.</summary>
public sealed record ExportedListing(
    string Sku,
    string Title,
    string Category,
    string Unit,
    long PriceVnd,
    long? CompareAtPriceVnd,
    int Stock,
    int WeightGrams,
    string? Origin,
    byte? OcopStars,
    bool IsVietGap,
    bool IsOrganic,
    string? Description,
    IReadOnlyList<string> PhotoFiles);

public sealed record BulkUploadColumn(string Header, Func<ExportedListing, object> Value);

/// <summary>One platform's bulk-upload sheet: its columns in order, and how many photos a row may name.</summary>
public sealed record BulkUploadLayout(string Platform, string FileStem, string SheetName, int MaxPhotos, IReadOnlyList<BulkUploadColumn> Columns);

/// <summary>
/// The bulk-upload layouts of the marketplaces without a seller API (DESIGN: "Postmart/Voso by export").
/// UNCONFIRMED: neither Postmart.vn (Vietnam Post) nor Voso.vn (Viettel Post) publishes its seller template
/// (see ../shared/reference/marketplace-and-payment-apis.md §6 and docs/decisions/0003). These columns are
/// the fields any Vietnamese seller template asks for, named the way those templates name them; when a team
/// gets the real template from the platform's seller centre, only the headers and order here change.
/// Photos are referenced by file name inside the zip's photos/ folder, which the seller uploads alongside.
/// </summary>
public static class BulkUploadLayouts
{
    /// <summary>Postmart: one column per photo, main photo first (5, a common limit for such templates).</summary>
    public static readonly BulkUploadLayout Postmart = new("Postmart", "postmart", "San pham", 5,
    [
        new("Tên sản phẩm", l => l.Title),
        new("Mã SKU", l => l.Sku),
        new("Danh mục", l => l.Category),
        new("Giá bán (VNĐ)", l => l.PriceVnd),
        new("Giá niêm yết (VNĐ)", l => (object?)l.CompareAtPriceVnd ?? ""),
        new("Đơn vị tính", l => l.Unit),
        new("Số lượng tồn kho", l => l.Stock),
        new("Khối lượng (gram)", l => l.WeightGrams),
        new("Xuất xứ", l => l.Origin ?? ""),
        new("Sản phẩm OCOP (sao)", l => l.OcopStars is { } stars ? (object)(int)stars : ""),
        new("Chứng nhận", l => Certificates(l)),
        new("Mô tả sản phẩm", l => l.Description ?? ""),
        new("Ảnh chính", l => Photo(l, 0)),
        new("Ảnh phụ 1", l => Photo(l, 1)),
        new("Ảnh phụ 2", l => Photo(l, 2)),
        new("Ảnh phụ 3", l => Photo(l, 3)),
        new("Ảnh phụ 4", l => Photo(l, 4)),
    ]);

    /// <summary>Voso: the photos' file names in one cell, separated by ";" (up to 9, as the big marketplaces allow).</summary>
    public static readonly BulkUploadLayout Voso = new("Voso", "voso", "Danh sach san pham", 9,
    [
        new("Mã sản phẩm (SKU)", l => l.Sku),
        new("Tên sản phẩm", l => l.Title),
        new("Ngành hàng", l => l.Category),
        new("Giá bán", l => l.PriceVnd),
        new("Tồn kho", l => l.Stock),
        new("Đơn vị", l => l.Unit),
        new("Cân nặng (g)", l => l.WeightGrams),
        new("Nguồn gốc", l => l.Origin ?? ""),
        new("Hạng OCOP", l => l.OcopStars is { } stars ? string.Create(CultureInfo.InvariantCulture, $"{stars} sao") : ""),
        new("Mô tả", l => l.Description ?? ""),
        new("Hình ảnh", l => string.Join(';', l.PhotoFiles)),
    ]);

    private static string Photo(ExportedListing listing, int index) => index < listing.PhotoFiles.Count ? listing.PhotoFiles[index] : "";

    private static string Certificates(ExportedListing listing) =>
        string.Join(", ", new[] { listing.IsVietGap ? "VietGAP" : null, listing.IsOrganic ? "Hữu cơ" : null }.Where(c => c is not null));
}
