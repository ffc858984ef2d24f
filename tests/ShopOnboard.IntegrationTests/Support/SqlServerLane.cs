using System.Globalization;
using Microsoft.Data.SqlClient;

namespace ShopOnboard.IntegrationTests.Support;

/// <summary>
/// The SQL Server test lane: when <see cref="Variable"/> holds a connection string to a server (any
/// database; the login needs CREATE DATABASE), every factory gets a fresh database of its own there.
/// </summary>
public static class SqlServerLane
{
    public const string Variable = "SHOPONBOARD_TEST_SQLSERVER";

    public static string? ServerConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static bool Enabled => ServerConnectionString is not null;

    /// <summary>A connection string naming a database no other factory uses, or null outside the lane.</summary>
    public static string? NewDatabaseConnectionString()
    {
        if (ServerConnectionString is not { } server)
        {
            return null;
        }

        // Unique per factory so parallel test classes never share rows; the prefix lets an operator find
        // and drop leftovers of a run that was killed before its factories were disposed.
        var name = string.Create(CultureInfo.InvariantCulture, $"ShopOnboardTest_{DateTime.UtcNow:yyyyMMddHHmmss}_{Guid.NewGuid():N}");
        return new SqlConnectionStringBuilder(server) { InitialCatalog = name, Pooling = true }.ConnectionString;
    }

    public static void DropDatabase(string connectionString)
    {
        var database = new SqlConnectionStringBuilder(connectionString).InitialCatalog;
        SqlConnection.ClearAllPools();
        using var master = new SqlConnection(new SqlConnectionStringBuilder(connectionString) { InitialCatalog = "master", Pooling = false }.ConnectionString);
        master.Open();
        using var command = master.CreateCommand();
        var quoted = "[" + database.Replace("]", "]]", StringComparison.Ordinal) + "]";

        // SINGLE_USER first: a Hangfire or pooled connection still open would otherwise block the drop.
        command.CommandText = $"IF DB_ID(@name) IS NOT NULL BEGIN ALTER DATABASE {quoted} SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE {quoted}; END";
        command.Parameters.AddWithValue("@name", database);
        command.ExecuteNonQuery();
    }
}

/// <summary>A test that only means something on SQL Server: skipped, with the way to run it, elsewhere.</summary>
public sealed class SqlServerFactAttribute : FactAttribute
{
    public SqlServerFactAttribute()
    {
        if (!SqlServerLane.Enabled)
        {
            Skip = $"SQL Server test lane only: set {SqlServerLane.Variable} to a connection string " +
                "(see README, 'SQL Server test lane').";
        }
    }
}
