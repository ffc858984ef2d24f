using System.Net;
using System.Text.RegularExpressions;
using ShopOnboard.Web.Features.DemoData;

namespace ShopOnboard.IntegrationTests.Support;

/// <summary>Form posts the way a browser makes them: with the anti-forgery token of the page.</summary>
public static partial class Browser
{
    /// <summary>The token inside the page's own form for <paramref name="actionUrl"/>: a form without one fails the test.</summary>
    public static async Task<string> AntiForgeryTokenAsync(this HttpClient client, string pageUrl, string actionUrl)
    {
        var html = await client.GetStringAsync(pageUrl);
        var form = FormPattern().Matches(html).FirstOrDefault(m => WebUtility.HtmlDecode(m.Groups[1].Value) == actionUrl);
        Assert.True(form is not null, $"No form posting to {actionUrl} on {pageUrl}");
        var token = TokenPattern().Match(form.Groups[2].Value);
        Assert.True(token.Success, $"The form posting to {actionUrl} on {pageUrl} has no anti-forgery token");
        return WebUtility.HtmlDecode(token.Groups[1].Value);
    }

    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pageUrl, string actionUrl, IDictionary<string, string> fields)
    {
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = await client.AntiForgeryTokenAsync(pageUrl, actionUrl) };
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

    [GeneratedRegex("<form[^>]*action=\"([^\"]*)\"[^>]*>(.*?)</form>", RegexOptions.Singleline)]
    private static partial Regex FormPattern();
}
