using Microsoft.Data.Sqlite;

namespace ShopOnboard.Benchmarks.Province;

internal sealed partial class ProvinceGenerator
{
    /// <summary>Opening order: shop ids are given by opening time, so "shops open on day d" is a prefix of ids.</summary>
    private void HouseholdsAndShops(SqliteConnection connection, SqliteTransaction tx)
    {
        // Shops grow geometrically from 200 in the first month to 116,000 today (the programme's "almost 600×").
        var days = _today.DayNumber - FirstDay.DayNumber + 1;
        _shopCreated = new DateTime[Shops];
        for (var i = 0; i < Shops; i++)
        {
            var day = i < FirstShops ? _random.Next(0, 28) : (int)(days * Math.Log((double)i / FirstShops) / Math.Log((double)Shops / FirstShops));
            _shopCreated[i] = FirstDay.AddDays(Math.Clamp(day, 0, days - 1)).ToDateTime(new TimeOnly(1 + _random.Next(0, 10), _random.Next(0, 60)), DateTimeKind.Utc);
        }

        Array.Sort(_shopCreated);
        _householdVillage = new int[Households];
        for (var h = 0; h < Households; h++)
        {
            _householdVillage[h] = h % Villages;
        }

        var order = Enumerable.Range(0, Households).ToArray();
        _random.Shuffle(order);
        _shopHousehold = order.Take(Shops).ToArray();
        var hasShop = new bool[Households];
        foreach (var h in _shopHousehold)
        {
            hasShop[h] = true;
        }

        using var households = new BulkInsert(connection, tx, "Households", "Id", "VillageId", "HeadName", "HeadNameSearch", "MembersCount", "HasDigitalShop", "HasEPaymentAccount", "IsTrained", "CreatedAt");
        var registered = FirstDay.AddDays(-30).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        for (var h = 0; h < Households; h++)
        {
            // Most shop owners also have an e-payment account; some households pay electronically without a shop.
            var pays = hasShop[h] ? _random.NextDouble() < 0.95 : _random.NextDouble() < 0.2;
            households.Add(h + 1, VillageId(_householdVillage[h]), Name("Hộ", h), Name("ho", h), 2 + _random.Next(0, 5), hasShop[h], pays, hasShop[h] || _random.NextDouble() < 0.1, registered);
        }

        using var shops = new BulkInsert(connection, tx, "Shops", "Id", "HouseholdId", "VillageId", "TeamId", "Name", "NameSearch", "Slug", "Status", "CreatedAt", "ActivatedAt", "MarketplacesDeferred");
        for (var s = 0; s < Shops; s++)
        {
            var h = _shopHousehold[s];
            var v = _householdVillage[h];
            var status = _random.NextDouble() switch { < 0.02 => "Closed", < 0.05 => "Suspended", < 0.10 => "Onboarding", _ => "Active" };
            shops.Add(s + 1, h + 1, VillageId(v), v + 1, Name("Cửa hàng", s), Name("cua hang", s), "g" + Name("", s).Trim(), status, _shopCreated[s], status == "Onboarding" ? null : _shopCreated[s], false);
        }
    }

    private void ListingsAccountsVisits(SqliteConnection connection, SqliteTransaction tx)
    {
        using var listings = new BulkInsert(connection, tx, "Listings", "Id", "ShopId", "Title", "TitleSearch", "Category", "Unit", "PriceVnd", "Stock", "WeightGrams", "OcopStars", "IsVietGap", "IsOrganic", "HarvestMonths", "Status", "Sku", "CreatedAt", "UpdatedAt");
        for (var l = 0; l < Listings; l++)
        {
            var s = l % Shops;
            var created = _shopCreated[s].AddDays(l / Shops);
            var status = _random.NextDouble() switch { < 0.05 => "Draft", < 0.12 => "OutOfSeason", < 0.15 => "Archived", _ => "Active" };
            object? stars = _random.NextDouble() < 0.08 ? (byte)(3 + _random.Next(0, 3)) : null;
            listings.Add(l + 1, s + 1, Name("Sản phẩm", l), Name("san pham", l), "Nông sản", "kg", 20_000 + (_random.Next(0, 60) * 5_000), 100, 1000, stars, false, false, 0, status, Name("SKU", l), created, created);
        }

        using var accounts = new BulkInsert(connection, tx, "PaymentAccounts", "Id", "ShopId", "BankBin", "AccountNumber", "HolderName", "Status", "CreatedAt");
        var accountId = 0;
        for (var s = 0; s < Shops; s++)
        {
            if (_random.NextDouble() < 0.92)
            {
                accounts.Add(++accountId, s + 1, "970405", (1_000_000_000L + s).ToString(System.Globalization.CultureInfo.InvariantCulture), "NGUYEN VAN A", "Active", _shopCreated[s]);
            }
        }

        // One visit opening each shop (with training), a follow-up for a third of them, and visits to
        // households that have no shop yet: enough to exercise the funnel and the "exchanges information" rule.
        using var visits = new BulkInsert(connection, tx, "Visits", "Id", "HouseholdId", "UserId", "VisitedOn", "Activities", "CreatedAt");
        var visitId = 0;
        for (var s = 0; s < Shops; s++)
        {
            var h = _shopHousehold[s];
            var day = DateOnly.FromDateTime(_shopCreated[s]);
            visits.Add(++visitId, h + 1, UserId(_householdVillage[h]), day, 4 | 64, _shopCreated[s]);
            if (s % 3 == 0 && day.AddDays(30) <= _today)
            {
                visits.Add(++visitId, h + 1, UserId(_householdVillage[h]), day.AddDays(30), 16 | 128, _shopCreated[s].AddDays(30));
            }
        }

        for (var h = 0; h < Households; h += 4)
        {
            var day = FirstDay.AddDays(_random.Next(0, _today.DayNumber - FirstDay.DayNumber));
            visits.Add(++visitId, h + 1, UserId(_householdVillage[h]), day, 1, day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        }
    }
}
