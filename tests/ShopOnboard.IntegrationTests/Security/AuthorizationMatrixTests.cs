using System.Net;
using Microsoft.EntityFrameworkCore;
using ShopOnboard.IntegrationTests.Support;
using ShopOnboard.Web.Features.Orders;

namespace ShopOnboard.IntegrationTests.Security;

/// <summary>
/// Who may call what. Every endpoint of the running app must be listed in <see cref="AccessTable"/> with the
/// access it states; then each is called as every kind of user, on records inside and outside their scope,
/// and the outcome must match what its access promises. A new action without an entry fails the first test.
/// </summary>
[Collection(SharedApp.Name)]
public partial class AuthorizationMatrixTests(ShopOnboardFactory app)
{
    private enum Outcome
    {
        Allowed,
        SignIn,
        Denied,
        NotFound,
    }

    /// <summary>The users of the matrix. farmer1's shop lies in team1's village, in the Bắc Sơn district.</summary>
    private static readonly string?[] Personas = [null, "farmer1", "farmer2", "team1", "team2", "reviewer", "reviewer-bacson", "admin"];

    [Fact]
    public void Inventory_EveryEndpoint_ListedWithTheAccessItStates()
    {
        var endpoints = EndpointInventory.Read(app);

        var unlisted = endpoints.Where(e => !AccessTable.ContainsKey(e.Key)).Select(e => $"[\"{e.Key}\"] = \"{e.Access}\",").ToList();
        var changed = endpoints.Where(e => AccessTable.TryGetValue(e.Key, out var listed) && listed != e.Access).Select(e => $"{e.Key}: table says {AccessTable[e.Key]}, endpoint states {e.Access}").ToList();
        var gone = AccessTable.Keys.Except(endpoints.Select(e => e.Key)).ToList();

        Assert.True(unlisted.Count == 0, "Endpoints without an entry in AccessTable:\n" + string.Join("\n", unlisted));
        Assert.True(changed.Count == 0, "Endpoints whose access differs from AccessTable:\n" + string.Join("\n", changed));
        Assert.True(gone.Count == 0, "AccessTable lists endpoints that no longer exist:\n" + string.Join("\n", gone));
    }

    [Fact]
    public async Task Matrix_EveryProtectedEndpointAsEveryUser_OutcomeMatchesItsAccess()
    {
        var values = await RouteValuesAsync();
        var clients = new Dictionary<string, HttpClient>();
        foreach (var persona in Personas)
        {
            clients[persona ?? "anonymous"] = persona is null ? app.CreateBrowser() : await app.SignedInAsync(persona);
        }

        var failures = new List<string>();
        foreach (var endpoint in EndpointInventory.Read(app).Where(e => e.Access != "Anonymous"))
        {
            var url = Fill(endpoint.Pattern, values, endpoint.Access);
            foreach (var persona in Personas)
            {
                var expected = Expect(endpoint.Access, persona);
                var response = endpoint.Method is "GET" or "ANY"
                    ? await clients[persona ?? "anonymous"].GetAsync(url)
                    : await clients[persona ?? "anonymous"].PostAsync(url, new FormUrlEncodedContent([]));
                var actual = Classify(response);
                if (actual != expected)
                {
                    failures.Add($"{endpoint.Method} {url} as {persona ?? "anonymous"}: expected {expected}, got {actual} ({(int)response.StatusCode} {response.Headers.Location})");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>What a user may expect from an endpoint with the given access. Admins pass everything.</summary>
    private static Outcome Expect(string access, string? persona)
    {
        if (persona is null)
        {
            return Outcome.SignIn;
        }

        if (persona == "admin")
        {
            return Outcome.Allowed;
        }

        var farmer = persona.StartsWith("farmer", StringComparison.Ordinal);
        var team = persona.StartsWith("team", StringComparison.Ordinal);
        var reviewer = persona.StartsWith("reviewer", StringComparison.Ordinal);
        return access switch
        {
            "SignedIn" => Outcome.Allowed,
            "Admin" or "Fallback" => Outcome.Denied,
            "TeamMember" => team ? Outcome.Allowed : Outcome.Denied,
            "Reviewer" => reviewer ? Outcome.Allowed : Outcome.Denied,
            "ShopOwner" => farmer ? Outcome.Allowed : Outcome.Denied,
            "ManageShop" => persona is "farmer1" or "team1" ? Outcome.Allowed : Outcome.NotFound,
            "ManageShop+TeamMember" => persona == "team1" ? Outcome.Allowed : persona == "farmer1" ? Outcome.Denied : Outcome.NotFound,
            "ManageHousehold" or "WorkInUnit" => persona == "team1" ? Outcome.Allowed : Outcome.NotFound,
            // The unit under test is in Văn Quan: the province reviewer covers it, the Bắc Sơn one does not.
            "ReviewUnit" => persona == "reviewer" ? Outcome.Allowed : Outcome.NotFound,
            _ => throw new InvalidOperationException($"No expectation for access '{access}'."),
        };
    }

    private static Outcome Classify(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString ?? "";
        return response.StatusCode switch
        {
            HttpStatusCode.Redirect when location.Contains("/account/sign-in", StringComparison.Ordinal) => Outcome.SignIn,
            HttpStatusCode.Redirect when location.Contains("/account/denied", StringComparison.Ordinal) => Outcome.Denied,
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => Outcome.Denied,
            HttpStatusCode.NotFound => Outcome.NotFound,
            // Anything else got past authorization: a page, a redirect to the next step, or a 400 from
            // anti-forgery validation, which runs after authorization.
            _ => Outcome.Allowed,
        };
    }

    private static string Fill(string pattern, IReadOnlyDictionary<string, string> values, string access)
    {
        var url = RouteParameter().Replace(pattern.Replace("/{**path}", "", StringComparison.Ordinal), match =>
        {
            var name = match.Groups[1].Value;
            return name == "unitId" && access == "ReviewUnit" ? values["reviewUnitId"] : values.GetValueOrDefault(name, "1");
        });
        return url;
    }

    /// <summary>Real records of farmer1's shop and team1's village, so an allowed request reaches a real page.</summary>
    private async Task<IReadOnlyDictionary<string, string>> RouteValuesAsync()
    {
        var shopId = await app.ShopOfOwnerAsync("farmer1");
        var village = await app.ScopeUnitAsync("team1");
        return new Dictionary<string, string>
        {
            ["shopId"] = $"{shopId}",
            ["unitId"] = $"{village}",
            ["reviewUnitId"] = $"{await app.UnitAsync("Huyện Văn Quan")}",
            ["householdId"] = $"{await app.WithDbAsync(db => db.Households.Where(h => h.VillageId == village).Select(h => h.Id).FirstAsync())}",
            ["listingId"] = $"{await app.WithDbAsync(db => db.Listings.Where(l => l.ShopId == shopId).Select(l => l.Id).FirstAsync())}",
            ["orderId"] = $"{await app.WithDbAsync(db => db.Orders.Where(o => o.ShopId == shopId && o.Status == OrderStatus.Completed).Select(o => o.Id).FirstAsync())}",
            ["userId"] = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "team2").Select(u => u.Id).FirstAsync()),
            ["photoId"] = "1",
            ["paymentId"] = "1",
        };
    }

    [System.Text.RegularExpressions.GeneratedRegex("\\{\\*?\\*?([A-Za-z]+)(:[^}]*)?\\}")]
    private static partial System.Text.RegularExpressions.Regex RouteParameter();
}
