using CollabBot.Conversations.CheckIns;

namespace CollabBot.Conversations.Tests;

public sealed class ScheduleTextFacts
{
    [Theory]
    [InlineData("every monday 09:00", "0 9 * * 1", 1, null)]
    [InlineData("every 2 weeks on tuesday,thursday 16:30 Europe/Copenhagen", "30 16 * * 2,4", 2, "Europe/Copenhagen")]
    [InlineData("every tue, thu at 8:15", "15 8 * * 2,4", 1, null)]
    [InlineData("every weekday 08:45 W. Europe Standard Time", "45 8 * * 1,2,3,4,5", 1, "W. Europe Standard Time")]
    [InlineData("cron \"0 9 * * 1\"", "0 9 * * 1", 1, null)]
    [InlineData("cron '30 7 * * 1-5' America/New_York", "30 7 * * 1-5", 1, "America/New_York")]
    public void Schedules_are_read_in_words_or_cron(string text, string cron, int interval, string? zone)
    {
        var (request, error) = ScheduleText.Parse(text);

        Assert.Null(error);
        Assert.Equal(new ScheduleRequest(cron, interval, zone), request);
    }

    [Theory]
    [InlineData("every fooday 09:00", "\"fooday\" is not a day of the week")]
    [InlineData("every monday 25:00", "is not a time of day")]
    [InlineData("every 0 weeks on monday 09:00", "every 1 to 52 weeks")]
    [InlineData("cron \"0 9 * *\"", "not a five-field cron expression")]
    [InlineData("sometimes", "checkin every monday 09:00")]
    public void Bad_schedules_say_what_is_wrong_and_show_an_example(string text, string expected)
    {
        var (request, error) = ScheduleText.Parse(text);

        Assert.Null(request);
        Assert.Contains(expected, error);
    }
}
