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

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.SqlServer)]
    public void The_domain_filters_are_the_domains_rules_on_the_named_row_alike_in_both_dialects(DatabaseProvider provider)
    {
        var dialect = DialectOf(provider);

        Assert.Equal("WHERE (a.status = 1) AND (b.status <> 2)", dialect.Render("WHERE {{active(a)}} AND {{visible(b)}}"));
        Assert.Equal("WHERE (p.occupants = 0) OR (flats.occupants > 0)", dialect.Render("WHERE {{available(p)}} OR {{occupied(flats)}}"));
        Assert.Equal("WHERE (s.active = 1)", dialect.Render("WHERE {{enabled(s)}}"));
    }

    [Fact]
    public void An_unknown_rule_is_left_as_written_and_so_refused_by_the_statement_tests() =>
        Assert.Equal("WHERE {{billable(a)}}", new SqliteDialect().Render("WHERE {{billable(a)}}"));

    private static SqlDialectBase DialectOf(DatabaseProvider provider) =>
        provider == DatabaseProvider.Sqlite ? new SqliteDialect() : new SqlServerDialect();
}
