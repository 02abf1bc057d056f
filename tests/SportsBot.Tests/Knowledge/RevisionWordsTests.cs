using SportsBot.Core.Knowledge;

namespace SportsBot.Tests.Knowledge;

public sealed class RevisionWordsTests
{
    [Theory]
    [InlineData("The tribunal has overturned the ruling that barred Brask from competing for Corvalia.")]
    [InlineData("The GSU has partially lifted its sanctions on Serovia.")]
    [InlineData("An appeals panel reduced his suspension to 14 months.")]
    [InlineData("The Aldmoor Invitational, cancelled in March, will go ahead after all, but in August.")]
    [InlineData("The federation was reinstated on Thursday.")]
    public void A_decision_overturned_lifted_or_cut_is_changed(string sentence) =>
        Assert.True(RevisionWords.Changes(sentence));

    [Theory]
    [InlineData("CAS has dismissed the ROC's appeal against its suspension, confirming that it stays in place.")]
    [InlineData("The court upheld the four-year ban.")]
    public void An_appeal_dismissed_or_a_ban_upheld_revises_nothing_it_confirms(string sentence)
    {
        Assert.True(RevisionWords.Revises(sentence));
        Assert.False(RevisionWords.Changes(sentence));
    }
}
