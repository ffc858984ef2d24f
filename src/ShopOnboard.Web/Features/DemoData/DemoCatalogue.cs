namespace ShopOnboard.Web.Features.DemoData;

/// <summary>
/// The places, products and names of the demo: a slice of Lạng Sơn province. Villages are grouped under
/// the districts the programme recorded until 2025, plus one commune (Mẫu Sơn) hung straight under the
/// province, as communes are since the July 2025 reform.
/// </summary>
internal static class DemoCatalogue
{
    public sealed record Product(string Title, string Category, string Unit, long MinPrice, long MaxPrice, int WeightGrams, int[] HarvestMonths, byte? Ocop);

    public sealed record Commune(string Name, string[] Villages, Product[] Products);

    public sealed record District(string? Name, Commune[] Communes);

    private static readonly int[] AllYear = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

    private static readonly Product Mandarin = new("Quýt Bắc Sơn", "Trái cây", "kg", 35_000, 60_000, 1000, [10, 11, 12, 1], 4);
    private static readonly Product StickyRice = new("Gạo nếp cái hoa vàng", "Đặc sản", "kg", 30_000, 45_000, 1000, [10, 11], null);
    private static readonly Product ForestHoney = new("Mật ong rừng", "Đặc sản", "chai", 250_000, 400_000, 800, [3, 4, 5, 6], 3);
    private static readonly Product StarAnise = new("Hoa hồi khô Văn Quan", "Dược liệu", "kg", 90_000, 150_000, 1000, [3, 4, 8, 9, 10], 4);
    private static readonly Product AniseOil = new("Tinh dầu hồi", "Dược liệu", "chai", 120_000, 220_000, 150, AllYear, 3);
    private static readonly Product Persimmon = new("Hồng không hạt Bảo Lâm", "Trái cây", "kg", 40_000, 80_000, 1000, [9, 10], 4);
    private static readonly Product GrassJelly = new("Thạch đen Thất Khê", "Đặc sản", "túi", 25_000, 40_000, 500, AllYear, 3);
    private static readonly Product CustardApple = new("Na Chi Lăng", "Trái cây", "kg", 40_000, 90_000, 1000, [7, 8, 9], 4);
    private static readonly Product HerbalBath = new("Thuốc tắm người Dao đỏ", "Dược liệu", "túi", 50_000, 100_000, 300, AllYear, 3);
    private static readonly Product ShanTea = new("Chè Shan tuyết Mẫu Sơn", "Đặc sản", "hộp", 120_000, 300_000, 250, [3, 4, 5, 6, 7, 8, 9, 10], 3);
    private static readonly Product Peach = new("Đào Mẫu Sơn", "Trái cây", "kg", 50_000, 90_000, 1000, [1, 2], null);
    private static readonly Product Homestay = new("Homestay nhà sàn (1 đêm)", "Dịch vụ du lịch", "đêm", 300_000, 600_000, 1, AllYear, null);

    public static readonly District[] Districts =
    [
        new("Huyện Bắc Sơn",
        [
            new("Xã Vũ Lễ", ["Thôn Làng Mỏ", "Thôn Nà Hin", "Thôn Khuổi Bó"], [Mandarin, StickyRice, ForestHoney]),
            new("Xã Chiến Thắng", ["Thôn Nà Yêu", "Thôn Pắc Lùng"], [Mandarin, ForestHoney]),
        ]),
        new("Huyện Văn Quan",
        [
            new("Xã Tràng Các", ["Thôn Bản Lề", "Thôn Nà Súng", "Thôn Khòn Pát"], [StarAnise, AniseOil]),
            new("Xã Tân Đoàn", ["Thôn Pò Đứa", "Thôn Bản Slẳng"], [StarAnise, AniseOil, ForestHoney]),
        ]),
        new("Huyện Cao Lộc",
        [
            new("Xã Bảo Lâm", ["Thôn Nà Pàn", "Thôn Bản Cáu", "Thôn Khuổi Phầy"], [Persimmon, GrassJelly]),
            new("Xã Thanh Lòa", ["Thôn Nà Lệnh", "Thôn Bản Chắt"], [Persimmon, GrassJelly, ForestHoney]),
        ]),
        new("Huyện Chi Lăng",
        [
            new("Xã Chi Lăng", ["Thôn Quán Thanh", "Thôn Làng Cóc"], [CustardApple, ForestHoney]),
        ]),
        new(null,
        [
            new("Xã Mẫu Sơn", ["Thôn Khuổi Tẳng", "Thôn Pò Hèn", "Thôn Khuổi Cấp"], [HerbalBath, ShanTea, Peach, Homestay]),
        ]),
    ];

    public static readonly string[] FamilyNames = ["Hoàng", "Nông", "Lăng", "Vi", "Lương", "Triệu", "Bàn", "Đặng", "Lý", "Nguyễn", "Hà", "Chu", "Mông", "Dương"];

    public static readonly string[] MenNames = ["Văn Bình", "Văn Cường", "Văn Dũng", "Văn Hải", "Văn Khánh", "Văn Lâm", "Văn Minh", "Văn Nam", "Văn Phúc", "Văn Quý", "Văn Sơn", "Văn Tuấn", "Đức Thắng", "Văn Vượng"];

    public static readonly string[] WomenNames = ["Thị Ánh", "Thị Chiên", "Thị Dung", "Thị Hoa", "Thị Hương", "Thị Lan", "Thị Mai", "Thị Nga", "Thị Phương", "Thị Quyên", "Thị Thu", "Thị Yến"];

    public static readonly string[] BuyerNames = ["Trần Minh Anh", "Phạm Thu Hà", "Lê Quang Huy", "Đỗ Thị Mai", "Vũ Đức Long", "Ngô Thanh Tâm", "Bùi Ngọc Lan", "Phan Văn Tú"];

    /// <summary>Banks farmers in the area mostly use (NAPAS BINs): Agribank first, then the big four.</summary>
    public static readonly string[] BankBins = ["970405", "970405", "970405", "970418", "970415", "970436", "970422"];
}
