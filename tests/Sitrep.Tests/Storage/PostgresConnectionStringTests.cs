using Sitrep.Storage;

namespace Sitrep.Tests.Storage;

/// <summary>Reading --db values that name a PostgreSQL database (no server needed).</summary>
public sealed class PostgresConnectionStringTests
{
    [Fact]
    public void A_uri_gives_user_password_host_port_database_and_parameters()
    {
        var b = PostgresConnectionString.Parse("postgresql://news%40desk:p%3As%2Fw@db.example.org:6543/sitrep?sslmode=require&application_name=worker+3");
        Assert.Equal("news@desk", b.Username);
        Assert.Equal("p:s/w", b.Password);
        Assert.Equal("db.example.org", b.Host);
        Assert.Equal(6543, b.Port);
        Assert.Equal("sitrep", b.Database);
        Assert.Equal(Npgsql.SslMode.Require, b.SslMode);
        Assert.Equal("worker 3", b.ApplicationName);
    }

    [Theory]
    [InlineData("postgres://localhost/db", "localhost", 5432)]
    [InlineData("postgresql://[::1]:5433/db", "::1", 5433)]
    [InlineData("postgresql://a:5432,b:5433/db", "a:5432,b:5433", 5432)]
    public void Hosts_with_and_without_ports(string uri, string host, int port)
    {
        var b = PostgresConnectionString.Parse(uri);
        Assert.Equal(host, b.Host);
        Assert.Equal(port, b.Port);
        Assert.Equal("db", b.Database);
    }

    [Fact]
    public void The_keyword_form_is_read_as_it_is()
    {
        var b = PostgresConnectionString.Parse("Host=10.0.0.5;Port=5444;Database=incidents;Username=u;Password=secret");
        Assert.Equal(("10.0.0.5", 5444, "incidents", "u"), (b.Host, b.Port, b.Database, b.Username));
    }

    [Theory]
    [InlineData("postgresql://host:notaport/db")]
    [InlineData("postgresql://host/db?sslmode")]
    [InlineData("postgresql://host/db?no_such_setting=1")]
    public void A_malformed_uri_is_an_argument_error_naming_the_part(string uri) =>
        Assert.ThrowsAny<ArgumentException>(() => PostgresConnectionString.Parse(uri));

    [Fact]
    public void A_malformed_connection_string_is_a_usage_error_before_any_connection_is_tried()
    {
        var e = Assert.Throws<NotSupportedException>(() => StoreFactory.Open("postgresql://host:99999/db"));
        Assert.Contains("not a usable PostgreSQL connection string", e.Message);
    }

    [Theory]
    [InlineData("postgresql://u:secret@host/db", "postgresql://u:***@host/db")]
    [InlineData("postgresql://u@host/db", "postgresql://u@host/db")]
    [InlineData("sitrep.db", "sitrep.db")]
    public void A_password_is_never_displayed(string db, string shown) => Assert.Equal(shown, StoreFactory.Display(db));

    [Fact]
    public void A_password_in_the_keyword_form_is_not_displayed_either()
    {
        var shown = StoreFactory.Display("Host=h;Username=u;Password=secret;Database=d");
        Assert.DoesNotContain("secret", shown);
        Assert.Contains("Host=h", shown);
    }

    [Theory]
    [InlineData("postgres://h/d", true)]
    [InlineData("POSTGRESQL://h/d", true)]
    [InlineData("Host=h;Database=d", true)]
    [InlineData("data/sitrep.db", false)]
    [InlineData("postgres.db", false)]
    public void Which_values_name_postgresql(string db, bool postgres) => Assert.Equal(postgres, StoreFactory.IsPostgres(db));
}
