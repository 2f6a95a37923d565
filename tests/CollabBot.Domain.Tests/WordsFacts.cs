using CollabBot.Domain.Text;

namespace CollabBot.Domain.Tests;

public sealed class WordsFacts
{
    [Theory]
    [InlineData(0, "member", "0 members")]
    [InlineData(1, "member", "1 member")]
    [InlineData(2, "member", "2 members")]
    [InlineData(1, "sector", "1 sector")]
    [InlineData(3, "check-in", "3 check-ins")]
    [InlineData(1, "small win", "1 small win")]
    [InlineData(2, "glossary", "2 glossaries")]
    [InlineData(2, "day", "2 days")]
    [InlineData(2, "box", "2 boxes")]
    [InlineData(2, "person", "2 people")]
    public void A_count_takes_the_form_its_number_needs(int count, string noun, string expected) =>
        Assert.Equal(expected, Words.Count(count, noun));

    [Theory]
    [InlineData("Ana", "Ana's")]
    [InlineData("Warm Homes", "Warm Homes'")]
    [InlineData("James", "James'")]
    [InlineData("CITY OF ODENSE", "CITY OF ODENSE's")]
    public void A_name_ending_in_s_takes_the_apostrophe_alone(string name, string expected) =>
        Assert.Equal(expected, Words.Possessive(name));

    [Fact]
    public void A_list_reads_as_a_sentence() =>
        Assert.Equal(["", "Ana", "Ana and Ben", "Ana, Ben and Chloe"], new[] { new string[0], ["Ana"], ["Ana", "Ben"], ["Ana", "Ben", "Chloe"] }.Select(l => Words.List(l)));
}
