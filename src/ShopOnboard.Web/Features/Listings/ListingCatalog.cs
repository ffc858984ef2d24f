namespace ShopOnboard.Web.Features.Listings;

/// <summary>The category tree and selling units offered in the editor. Categories are stored as "Parent › Child".</summary>
public static class ListingCatalog
{
    public static readonly (string Group, string[] Children)[] Tree =
    [
        ("Trái cây", ["Cam, quýt, bưởi", "Na", "Hồng", "Đào, mận", "Trái cây khác"]),
        ("Rau củ", ["Rau rừng", "Măng", "Củ, khoai", "Rau củ khác"]),
        ("Dược liệu", ["Hồi, quế", "Thuốc tắm, thuốc nam", "Tinh dầu", "Dược liệu khác"]),
        ("Đặc sản", ["Mật ong", "Chè", "Gạo, nếp", "Thạch, bánh", "Đặc sản khác"]),
        ("Thủ công mỹ nghệ", ["Thổ cẩm", "Mây tre đan", "Thủ công khác"]),
        ("Dịch vụ du lịch", ["Homestay", "Trải nghiệm", "Du lịch khác"]),
    ];

    public static readonly string[] Units = ["kg", "hộp", "túi", "chai", "bó", "gói", "đêm"];

    public static IEnumerable<string> Categories =>
        Tree.SelectMany(g => g.Children.Select(c => $"{g.Group} › {c}")).Concat(Tree.Select(g => g.Group));

    public static bool IsCategory(string? category) => category is not null && Categories.Contains(category);
}
