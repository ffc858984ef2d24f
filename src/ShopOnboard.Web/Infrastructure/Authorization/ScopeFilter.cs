using System.Linq.Expressions;

namespace ShopOnboard.Web.Infrastructure.Authorization;

public static class ScopeFilter
{
    /// <summary>
    /// Keeps the rows whose unit path lies under one of <paramref name="scopePaths"/>. Each path becomes a
    /// prefix match (<c>LIKE '/1/4/%'</c>), which the path index serves. "/" (an admin) keeps everything;
    /// an empty scope keeps nothing.
    /// </summary>
    public static IQueryable<T> WithinScope<T>(this IQueryable<T> rows, IReadOnlyList<string> scopePaths, Expression<Func<T, string>> unitPath)
    {
        if (scopePaths.Contains("/"))
        {
            return rows;
        }

        if (scopePaths.Count == 0)
        {
            return rows.Where(_ => false);
        }

        var startsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
        var body = scopePaths
            .Select(path => (Expression)Expression.Call(unitPath.Body, startsWith, Expression.Constant(path)))
            .Aggregate(Expression.OrElse);
        return rows.Where(Expression.Lambda<Func<T, bool>>(body, unitPath.Parameters));
    }
}
