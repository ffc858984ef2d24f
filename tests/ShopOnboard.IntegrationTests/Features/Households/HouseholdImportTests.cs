using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using ShopOnboard.IntegrationTests.Support;

namespace ShopOnboard.IntegrationTests.Features.Households;

[Collection(SharedApp.Name)]
public class HouseholdImportTests(ShopOnboardFactory app)
{
    private async Task<HttpResponseMessage> UploadAsync(HttpClient client, int village, byte[] content, string fileName)
    {
        var url = $"/villages/{village}/households/import";
        var form = new MultipartFormDataContent
        {
            { new StringContent(await client.AntiForgeryTokenAsync(url, url)), "__RequestVerificationToken" },
            { new ByteArrayContent(content), "file", fileName },
        };
        return await client.PostAsync(url, form);
    }

    [Fact]
    public async Task Import_CsvWithBrokenRows_EveryRowReportedNothingSaved()
    {
        var village = await app.ScopeUnitAsync("team1");
        var before = await app.WithDbAsync(db => db.Households.CountAsync(h => h.VillageId == village));
        var csv = "Họ tên chủ hộ,Số điện thoại,Số nhân khẩu,Ghi chú\n" +
                  "Hoàng Văn Một,0911000001,4,\n" +
                  ",0911000002,3,thiếu tên\n" +
                  "Vi Thị Ba,12345,3,\n" +
                  "Lăng Văn Bốn,0911000001,abc,\n";
        var client = await app.SignedInAsync("team1");

        var response = await UploadAsync(client, village, Encoding.UTF8.GetBytes(csv), "thon.csv");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Chưa lưu hộ nào", html);
        Assert.Contains("Dòng 3: thiếu họ tên chủ hộ", html);
        Assert.Contains("Dòng 4: số điện thoại &quot;12345&quot; không đúng", html);
        Assert.Contains("Dòng 5: số nhân khẩu &quot;abc&quot;", html);
        Assert.Contains("trùng với dòng 2", html);
        Assert.Equal(before, await app.WithDbAsync(db => db.Households.CountAsync(h => h.VillageId == village)));
    }

    [Fact]
    public async Task Import_GoodCsvWithoutDiacriticHeaders_AllRowsAdded()
    {
        var village = await app.ScopeUnitAsync("team3");
        var before = await app.WithDbAsync(db => db.Households.CountAsync(h => h.VillageId == village));
        var csv = "ho ten chu ho;so dien thoai;so nhan khau\nTriệu Văn Năm;0911000101;5\nBàn Thị Sáu;;2\n";
        var client = await app.SignedInAsync("team3");

        var response = await UploadAsync(client, village, Encoding.UTF8.GetBytes(csv), "thon.csv");

        Assert.Contains("Đã thêm 2 hộ.", await response.Content.ReadAsStringAsync());
        Assert.Equal(before + 2, await app.WithDbAsync(db => db.Households.CountAsync(h => h.VillageId == village)));
        Assert.Equal("0911000101", await app.WithDbAsync(db => db.Households.Where(h => h.HeadName == "Triệu Văn Năm").Select(h => h.Phone).SingleAsync()));
    }

    [Fact]
    public async Task Import_Excel_RowsAdded()
    {
        var village = await app.ScopeUnitAsync("team4");
        var before = await app.WithDbAsync(db => db.Households.CountAsync(h => h.VillageId == village));
        using var excel = new MemoryStream();
        excel.SaveAs(new[]
        {
            new Dictionary<string, object> { ["Họ tên chủ hộ"] = "Chu Văn Bảy", ["Số điện thoại"] = "0911000201", ["Số nhân khẩu"] = 6 },
            new Dictionary<string, object> { ["Họ tên chủ hộ"] = "Mông Thị Tám", ["Số điện thoại"] = "0911000202", ["Số nhân khẩu"] = 3 },
        });
        var client = await app.SignedInAsync("team4");

        var response = await UploadAsync(client, village, excel.ToArray(), "thon.xlsx");

        Assert.Contains("Đã thêm 2 hộ.", await response.Content.ReadAsStringAsync());
        Assert.Equal(before + 2, await app.WithDbAsync(db => db.Households.CountAsync(h => h.VillageId == village)));
    }

    [Fact]
    public async Task Import_NotASpreadsheet_ClearMessage()
    {
        var village = await app.ScopeUnitAsync("team1");
        var client = await app.SignedInAsync("team1");

        var response = await UploadAsync(client, village, [0x50, 0x4B, 0x03, 0x04, 0x00, 0x01], "thon.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Không đọc được tệp", await response.Content.ReadAsStringAsync());
    }
}
