namespace ShopOnboard.Web.Infrastructure;

/// <summary>Times are stored in UTC and shown, grouped by day and scheduled in Asia/Ho_Chi_Minh.</summary>
public static class VietnamTime
{
    /// <summary>Vietnam has kept UTC+7 without daylight saving since 1975; the fallback is exact.</summary>
    public static readonly TimeZoneInfo Zone =
        TimeZoneInfo.TryFindSystemTimeZoneById("Asia/Ho_Chi_Minh", out var zone)
            ? zone
            : TimeZoneInfo.CreateCustomTimeZone("Asia/Ho_Chi_Minh", TimeSpan.FromHours(7), "Indochina Time", "ICT");

    public static DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static DateOnly Day(DateTime utc) => DateOnly.FromDateTime(ToLocal(utc));

    public static DateOnly Today(TimeProvider clock) => Day(clock.GetUtcNow().UtcDateTime);

    /// <summary>The UTC instant at which the given Vietnamese calendar day starts.</summary>
    public static DateTime StartOfDayUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Zone);
}
