using Msp.Infrastructure.Persistence;

namespace Msp.IntegrationTests.Database;

/// <summary>The markers of <see cref="ISqlDialect"/> as each database reads them.</summary>
public sealed class SqlDialectTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "ORDER BY id LIMIT @Limit OFFSET @Offset")]
    [InlineData(DatabaseProvider.SqlServer, "ORDER BY id OFFSET @Offset ROWS FETCH NEXT @Limit ROWS ONLY")]
    public void The_page_marker_pages_by_the_offset_parameter(DatabaseProvider provider, string expected) =>
        Assert.Equal(expected, DialectOf(provider).Render("ORDER BY id {{page}}"));

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "ORDER BY id LIMIT @Limit OFFSET (SELECT MAX(@Offset - n) FROM t);\nSELECT 1 LIMIT @Limit OFFSET @Offset")]
    [InlineData(DatabaseProvider.SqlServer, "ORDER BY id OFFSET (SELECT MAX(@Offset - n) FROM t) ROWS FETCH NEXT @Limit ROWS ONLY;\nSELECT 1 OFFSET @Offset ROWS FETCH NEXT @Limit ROWS ONLY")]
    public void The_page_marker_with_an_expression_skips_what_the_expression_says(DatabaseProvider provider, string expected) =>
        Assert.Equal(expected, DialectOf(provider).Render("ORDER BY id {{page((SELECT MAX(@Offset - n) FROM t))}};\nSELECT 1 {{page}}"));

    private static SqlDialectBase DialectOf(DatabaseProvider provider) =>
        provider == DatabaseProvider.Sqlite ? new SqliteDialect() : new SqlServerDialect();
}
