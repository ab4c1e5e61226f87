using Sitrep.Queries;

namespace Sitrep.Tests.Web.Queries;

public sealed class DatePeriodTests
{
    [Theory]
    [InlineData("2016-07-27", "2016-07-27", "2016-07-27")]
    [InlineData("2016-02", "2016-02-01", "2016-02-29")]
    [InlineData("2015-12", "2015-12-01", "2015-12-31")]
    [InlineData("2016", "2016-01-01", "2016-12-31")]
    public void A_contract_date_covers_its_day_month_or_year(string date, string first, string last)
    {
        Assert.Equal(new DatePeriod(DateOnly.Parse(first), DateOnly.Parse(last)), DatePeriod.Of(date));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2016-13")]
    [InlineData("2016-02-30")]
    [InlineData("16")]
    [InlineData("yesterday")]
    public void Anything_else_has_no_period(string? date) => Assert.Null(DatePeriod.Of(date));
}
