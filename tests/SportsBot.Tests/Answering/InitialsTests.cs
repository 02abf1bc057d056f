using SportsBot.Core.Answering.Evidence;

namespace SportsBot.Tests.Answering;

public sealed class InitialsTests
{
    [Theory]
    [InlineData("vbf", "Valdonia has cancelled a grant to the Valdonian Basketball Federation (VBF) over unpaid tax.", "Valdonian Basketball Federation")]
    [InlineData("IFSC", "The International Federation of Sport Climbing (IFSC) said it would appeal.", "International Federation of Sport Climbing")]
    public void Initials_are_read_as_the_name_a_story_gives_them_in_brackets(string asked, string story, string name) =>
        Assert.Equal(name, Initials.SpelledOut([asked], [story])[asked.ToUpperInvariant()]);

    [Fact]
    public void A_bracketed_acronym_of_other_letters_spells_out_nothing()
    {
        var spelled = Initials.SpelledOut(["vbf"], ["The Marovian Basketball Federation (MBF) said all 12 players had been refused."]);

        Assert.Empty(spelled);
    }

    [Fact]
    public void A_story_writing_the_name_out_is_read_as_naming_the_initials()
    {
        var spelled = Initials.SpelledOut(["vbf"], ["a grant to the Valdonian Basketball Federation (VBF)"]);

        Assert.EndsWith("VBF", Initials.AddedTo("The Valdonian Basketball Federation's board has named Ana Corran.", spelled));
        Assert.Equal("The MBF said so.", Initials.AddedTo("The MBF said so.", spelled));
    }
}
