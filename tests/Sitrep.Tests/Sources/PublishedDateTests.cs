using Sitrep.Sources;

namespace Sitrep.Tests.Sources;

public class PublishedDateTests
{
    [Theory]
    [InlineData("2016-07-27", "2016-07-27")]
    [InlineData(" 2016-07-27 ", "2016-07-27")]
    [InlineData("2016-07-27T23:30:00-05:00", "2016-07-27")] // the date as written, not converted to UTC
    [InlineData("2016-07-27T02:00:00+09:00", "2016-07-27")]
    [InlineData("2016-07-27T12:00:00Z", "2016-07-27")]
    [InlineData("2016-07-27T12:00:00.123+0000", "2016-07-27")]
    [InlineData("2016-07-27 08:00", "2016-07-27")]
    [InlineData("Wed, 27 Jul 2016 23:30:00 GMT", "2016-07-27")]
    [InlineData("Wed, 27 Jul 2016 23:30:00 +0300", "2016-07-27")]
    [InlineData("27 July 2016", "2016-07-27")]
    [InlineData("July 27, 2016", "2016-07-27")]
    [InlineData("20160727", "2016-07-27")]
    [InlineData("yesterday", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Reads_dates_as_written(string? value, string? expected)
    {
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected), PublishedDate.Parse(value));
    }
}
