using System.Net;
using System.Text.Json;
using ShopOnboard.Web.Features.Payments;
using ShopOnboard.Web.Features.Payments.Qr;
using ShopOnboard.Web.Features.Payments.VietQr;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace ShopOnboard.IntegrationTests.Features.Payments;

[Collection(PaymentsTests.Name)]
public class VietQrDecodeApiTests(PaymentsApp app)
{
    private static readonly string OrderCode = VietQrPayload.Encode(VietQrRequest.ForOrder("970422", "0011009950446", 150_000, "DH000123"));

    [Fact]
    public async Task Decode_ValidPayload_OkWithFields()
    {
        var response = await PostAsync(new() { ["payload"] = OrderCode }, "198.51.100.1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await JsonAsync(response);
        Assert.Equal("970422", json.GetProperty("bin").GetString());
        Assert.Equal("MBBank", json.GetProperty("bankShortName").GetString());
        Assert.Equal("0011009950446", json.GetProperty("accountNumber").GetString());
        Assert.Equal("QRIBFTTA", json.GetProperty("serviceCode").GetString());
        Assert.Equal(150_000, json.GetProperty("amount").GetInt64());
        Assert.Equal("DH000123", json.GetProperty("purpose").GetString());
        Assert.True(json.GetProperty("isDynamic").GetBoolean());
    }

    [Fact]
    public async Task Decode_StaticShopCode_NoAmountNotDynamic()
    {
        var response = await PostAsync(new() { ["payload"] = VietQrPayload.Encode(VietQrRequest.ForShop("970436", "1012345678")) }, "198.51.100.1");

        var json = await JsonAsync(response);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("amount").ValueKind);
        Assert.False(json.GetProperty("isDynamic").GetBoolean());
        Assert.Equal("Vietcombank", json.GetProperty("bankShortName").GetString());
    }

    [Fact]
    public async Task Decode_CrcBroken_UnprocessableWithVietnameseSentence()
    {
        var damaged = OrderCode.Replace("150000", "950000", StringComparison.Ordinal);

        var response = await PostAsync(new() { ["payload"] = damaged }, "198.51.100.1");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(VietQrErrorText.CrcMismatch, (await JsonAsync(response)).GetProperty("error").GetString());
    }

    [Fact]
    public async Task Decode_EnglishCulture_ErrorInEnglish()
    {
        var response = await PostAsync(new() { ["payload"] = "not a code" }, "198.51.100.1", "?culture=en-US");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("The code is missing its check digits at the end; part of it may have been cut off.", (await JsonAsync(response)).GetProperty("error").GetString());
    }

    [Fact]
    public async Task Decode_NothingSent_UnprocessableEmpty()
    {
        var response = await PostAsync([], "198.51.100.1");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(VietQrErrorText.Empty, (await JsonAsync(response)).GetProperty("error").GetString());
    }

    [Fact]
    public async Task Decode_ImageOfCode_OkWithFields()
    {
        var response = await PostImageAsync(VietQrImages.Png(OrderCode), "qr.png");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await JsonAsync(response);
        Assert.Equal(("0011009950446", 150_000L, "DH000123"), (json.GetProperty("accountNumber").GetString(), json.GetProperty("amount").GetInt64(), json.GetProperty("purpose").GetString()));
    }

    [Fact]
    public async Task Decode_ImageWithoutCode_UnprocessableNoCodeFound()
    {
        using var blank = new Image<L8>(240, 240, new L8(255));
        using var png = new MemoryStream();
        await blank.SaveAsPngAsync(png);

        var response = await PostImageAsync(png.ToArray(), "blank.png");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(VietQrErrorText.NoQrInImage, (await JsonAsync(response)).GetProperty("error").GetString());
    }

    [Fact]
    public async Task Decode_FileNotAnImage_UnprocessableImageUnreadable()
    {
        var response = await PostImageAsync("000201010211"u8.ToArray(), "qr.png");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(VietQrErrorText.ImageUnreadable, (await JsonAsync(response)).GetProperty("error").GetString());
    }

    [Fact]
    public async Task Decode_MoreThanLimitFromOneAddress_TooManyRequestsOthersUnaffected()
    {
        var limit = new PaymentsOptions().PublicApiPerMinute;
        for (var i = 0; i < limit; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await PostAsync(new() { ["payload"] = OrderCode }, "203.0.113.9")).StatusCode);
        }

        var refused = await PostAsync(new() { ["payload"] = OrderCode }, "203.0.113.9");
        var otherAddress = await PostAsync(new() { ["payload"] = OrderCode }, "203.0.113.10");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True((await JsonAsync(refused)).TryGetProperty("error", out _));
        Assert.Equal(HttpStatusCode.OK, otherAddress.StatusCode);
    }

    private Task<HttpResponseMessage> PostAsync(Dictionary<string, string> fields, string clientAddress, string query = "")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/vietqr/decode" + query) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add(PaymentsApp.ClientAddressHeader, clientAddress);
        return app.CreateBrowser().SendAsync(request);
    }

    private Task<HttpResponseMessage> PostImageAsync(byte[] bytes, string fileName)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "image", fileName } };
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/vietqr/decode") { Content = form };
        request.Headers.Add(PaymentsApp.ClientAddressHeader, "198.51.100.2");
        return app.CreateBrowser().SendAsync(request);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}
