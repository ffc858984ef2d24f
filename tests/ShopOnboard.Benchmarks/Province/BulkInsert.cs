using Microsoft.Data.Sqlite;

namespace ShopOnboard.Benchmarks.Province;

/// <summary>
/// One prepared INSERT reused for every row: parsing once and binding values is what makes millions of rows
/// a matter of seconds in SQLite (EF change tracking would take hours at this size).
/// </summary>
internal sealed class BulkInsert : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly SqliteParameter[] _parameters;

    public BulkInsert(SqliteConnection connection, SqliteTransaction transaction, string table, params string[] columns)
    {
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = "INSERT INTO \"" + table + "\" (" + string.Join(", ", columns.Select(c => "\"" + c + "\""))
            + ") VALUES (" + string.Join(", ", columns.Select((_, i) => "$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))) + ")";
        _parameters = columns.Select((_, i) => _command.Parameters.Add(new SqliteParameter("$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), null))).ToArray();
        _command.Prepare();
    }

    public long Rows { get; private set; }

    public void Add(params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            _parameters[i].Value = values[i] ?? DBNull.Value;
        }

        _command.ExecuteNonQuery();
        Rows++;
    }

    public void Dispose() => _command.Dispose();
}
