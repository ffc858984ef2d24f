using System.Net;
using System.Text.RegularExpressions;
using ShopOnboard.Web.Features.DemoData;

namespace ShopOnboard.IntegrationTests.Support;

/// <summary>Form posts the way a browser makes them: with the anti-forgery token of the page.</summary>
public static partial class Browser
{
    public static async Task<string> AntiForgeryTokenAsync(this HttpClient client, string pageUrl)
    {
        var html = await client.GetStringAsync(pageUrl);
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, $"No anti-forgery token on {pageUrl}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pageUrl, string actionUrl, IDictionary<string, string> fields)
    {
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = await client.AntiForgeryTokenAsync(pageUrl) };
        return await client.PostAsync(actionUrl, new FormUrlEncodedContent(form));
    }

    public static Task<HttpResponseMessage> SignInAsync(this HttpClient client, string login, string password = DemoDataSeeder.Password) =>
        client.PostFormAsync("/account/sign-in", "/account/sign-in", new Dictionary<string, string> { ["Login"] = login, ["Password"] = password });

    public static async Task<HttpClient> SignedInAsync(this ShopOnboardFactory app, string login)
    {
        var client = app.CreateBrowser();
        var response = await client.SignInAsync(login);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
