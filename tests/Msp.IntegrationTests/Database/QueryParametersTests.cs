using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Msp.Infrastructure.Persistence;
using Msp.Infrastructure.Persistence.Sqlite;

namespace Msp.IntegrationTests.Database;

/// <summary>
/// Reads bind their parameters without Dapper (QueryParameters) and convert plain values as Dapper's Query does
/// (ResultSets): both must give what Dapper gave, on SQLite here and on SQL Server, where a parameter's DbType and size
/// choose the column type the server sees.
/// </summary>
public sealed class QueryParametersTests : IDisposable
{
    private readonly MigratedSqliteDatabase _database = new();

    private readonly SqliteConnectionPool _pool;

    public QueryParametersTests()
    {
        _pool = new SqliteConnectionPool(Options.Create(new DatabaseOptions { ConnectionString = _database.ConnectionString }));
    }

    public static TheoryData<object> Parameters => new()
    {
        new { Id = 7L, Count = 3, Small = (short)2, Flag = true, Price = 12.5m, Ratio = 0.25 },
        new { Name = "Zürich", Empty = "", Missing = (string?)null },
        new { Long = new string('x', 4001), Edge = new string('y', 4000) },
        new { At = new DateTime(2026, 12, 2, 8, 30, 0, DateTimeKind.Utc), Never = (DateTime?)null, Some = (long?)5, None = (long?)null },
        new { Day = DayOfWeek.Friday, MaybeDay = (DayOfWeek?)DayOfWeek.Monday, NoDay = (DayOfWeek?)null },
    };

    [Theory]
    [MemberData(nameof(Parameters))]
    public void A_read_binds_each_parameter_with_the_name_type_size_and_value_Dapper_gives_it(object parameters)
    {
        var sql = "SELECT " + string.Join(", ", parameters.GetType().GetProperties().Select(property => "@" + property.Name));
        using var dapper = new CapturingConnection();
        dapper.Execute(sql, parameters);

        using var ours = new CapturingCommand(null);
        Assert.True(QueryParameters.TryBind(ours, parameters));

        Assert.Equal(Describe(dapper.Captured!), Describe(ours.Parameters.Cast<DbParameter>()));
    }

    [Fact]
    public void Parameters_Dapper_treats_specially_are_left_to_Dapper()
    {
        using var command = new CapturingCommand(null);

        Assert.False(QueryParameters.TryBind(command, new { Ids = new[] { 1L, 2L } }));
        Assert.False(QueryParameters.TryBind(command, new DynamicParameters(new { Id = 1L })));
        Assert.False(QueryParameters.TryBind(command, new Named(1, "one")));
        Assert.Empty(command.Parameters);
    }

    [Fact]
    public async Task A_plain_value_is_converted_as_Dapper_converts_it()
    {
        var connection = await _pool.OpenAsync(default);
        var session = new DbSession(new SqliteDialect(), new SingleConnection(connection));

        Assert.Equal(42, await session.QuerySingleOrDefaultAsync<int>("SELECT 42", null, default));
        Assert.Equal(DayOfWeek.Friday, await session.QuerySingleOrDefaultAsync<DayOfWeek>("SELECT 5", null, default));
        Assert.Equal("Zürich", await session.QuerySingleOrDefaultAsync<string>("SELECT @Name", new { Name = "Zürich" }, default));
        Assert.Null(await session.QuerySingleOrDefaultAsync<string>("SELECT NULL", null, default));
        Assert.Null(await session.QuerySingleOrDefaultAsync<long?>("SELECT NULL", null, default));
        Assert.Equal(0, await session.QuerySingleOrDefaultAsync<int>("SELECT 1 WHERE 1 = 0", null, default));
        Assert.True(await session.QuerySingleOrDefaultAsync<bool>("SELECT @Flag", new { Flag = true }, default));
        Assert.Equal([1, 2], await session.QueryAsync<int>("SELECT 1 UNION ALL SELECT 2 ORDER BY 1", null, default));
        Assert.Equal(
            new Named(5, "five"),
            await session.QuerySingleOrDefaultAsync<Named>("SELECT @Id AS Id, @Name AS Name", new { Id = 5L, Name = "five" }, default));
        Assert.Equal(
            [3L],
            await session.QueryAsync<long>("SELECT value FROM json_each(@Json) WHERE value IN @Ids", new { Json = "[3,4]", Ids = new[] { 1L, 3L } }, default));
    }

    [Fact]
    public async Task A_write_binds_its_parameters_the_same_way_and_an_insert_answers_its_new_id()
    {
        var connection = await _pool.OpenAsync(default);
        var session = new DbSession(new SqliteDialect(), new SingleConnection(connection));
        await session.ExecuteAsync("CREATE TEMP TABLE notes (id INTEGER PRIMARY KEY, body TEXT, at TEXT)", null, default);

        var first = await session.InsertAsync("INSERT INTO notes (body, at) VALUES (@Body, @At); SELECT {{last_id}};", new { Body = "one", At = (DateTime?)null }, default);
        var second = await session.InsertAsync("INSERT INTO notes (body, at) VALUES (@Body, @At); SELECT {{last_id}};", new { Body = "two", At = (DateTime?)DateTime.UnixEpoch }, default);
        Assert.Equal(first + 1, second);

        Assert.Equal(2, await session.ExecuteAsync("UPDATE notes SET body = body || '!' WHERE id IN @Ids", new { Ids = new[] { first, second } }, default));
        Assert.Equal(1, await session.ExecuteAsync("DELETE FROM notes WHERE body = @Body", new { Body = "one!" }, default));
        Assert.Equal(["two!"], await session.QueryAsync<string>("SELECT body FROM notes", null, default));
    }

    public void Dispose()
    {
        _pool.Dispose();
        _database.Dispose();
    }

    private static string[] Describe(IEnumerable<DbParameter> parameters) =>
        parameters
            .Select(parameter => $"{parameter.ParameterName.TrimStart('@')} {parameter.DbType} {parameter.Size} {parameter.Direction} {Format(parameter.Value)}")
            .ToArray();

    private static string Format(object? value) => value switch
    {
        DBNull => "DBNull",
        string text => $"string({text.Length})",
        _ => $"{value?.GetType().Name}({value})",
    };

    private sealed record Named(long Id, string Name);

    /// <summary>An open connection whose commands only record the parameters Dapper gives them.</summary>
    private sealed class CapturingConnection : DbConnection
    {
        /// <summary>The parameters as the command ran (Dapper clears the command's collection afterwards).</summary>
        public IReadOnlyList<DbParameter>? Captured { get; set; }

        [AllowNull]
        public override string ConnectionString { get; set; } = "capture";

        public override string Database => "capture";

        public override string DataSource => "capture";

        public override string ServerVersion => "1";

        public override ConnectionState State => ConnectionState.Open;

        public override void ChangeDatabase(string databaseName) => throw new NotSupportedException();

        public override void Close()
        {
        }

        public override void Open()
        {
        }

        protected override DbTransaction BeginDbTransaction(IsolationLevel isolationLevel) => throw new NotSupportedException();

        protected override DbCommand CreateDbCommand() => new CapturingCommand(this);
    }

    private sealed class CapturingCommand(CapturingConnection? connection) : DbCommand
    {
        private readonly ParameterList _parameters = new();

        [AllowNull]
        public override string CommandText { get; set; } = "";

        public override int CommandTimeout { get; set; }

        public override CommandType CommandType { get; set; }

        public override bool DesignTimeVisible { get; set; }

        public override UpdateRowSource UpdatedRowSource { get; set; }

        protected override DbConnection? DbConnection { get; set; }

        protected override DbParameterCollection DbParameterCollection => _parameters;

        protected override DbTransaction? DbTransaction { get; set; }

        public override void Cancel()
        {
        }

        public override int ExecuteNonQuery()
        {
            connection!.Captured = _parameters.Cast<DbParameter>().ToList();
            return 0;
        }

        public override object? ExecuteScalar() => throw new NotSupportedException();

        public override void Prepare()
        {
        }

        protected override DbParameter CreateDbParameter() => new SqliteParameter();

        protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) => throw new NotSupportedException();

        private sealed class ParameterList : SqliteParameterCollection;
    }
}
