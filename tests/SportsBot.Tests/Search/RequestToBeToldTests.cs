using SportsBot.Core.Search;

namespace SportsBot.Tests.Search;

/// <summary>
/// "Tell me why Varga was sent home", "Do you know who won the Harbour Open?": a request to be told wraps the
/// question, which is read from what follows it. A request about a topic ("Tell me about…") asks for nothing more
/// particular and stays an open question.
/// </summary>
public sealed class RequestToBeToldTests
{
    [Theory]
    [InlineData("Tell me why Varga was sent home from Zembla.", AskedFor.Why)]
    [InlineData("Can you explain why the federation banned purple kits?", AskedFor.Why)]
    [InlineData("Do you know who won the Harbour Open in 2025?", AskedFor.Who)]
    [InlineData("Could you tell me when Ostland's rowers were readmitted?", AskedFor.When)]
    [InlineData("I wonder where the final was moved to", AskedFor.Where)]
    [InlineData("Tell me about the Zembla Open", AskedFor.Open)]
    public void The_question_is_read_from_what_follows_the_request(string question, AskedFor asks) =>
        Assert.Equal(asks, QuestionKindReader.Read(question).Kind);

    [Fact]
    public void Asking_to_be_told_is_not_what_the_question_is_about()
    {
        var query = new QueryAnalyzer(new AliasTable()).Analyze("Can you tell me why Varga was sent home?");

        Assert.DoesNotContain("tell", query.Terms);
        Assert.Contains("varga", query.Terms);
    }
}
