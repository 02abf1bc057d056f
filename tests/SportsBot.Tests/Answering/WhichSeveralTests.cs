using SportsBot.Core.Answering.Evidence;
using SportsBot.Core.Search;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// "Which Russian clubs appealed to CAS…?" was answered with "…the appeals of the Russian Football Union and four
/// Russian clubs…" and two more sentences about the union, while the sentence naming the clubs was left out. A
/// question that asks to name several is answered first by the sentence that lists them.
/// </summary>
public sealed class WhichSeveralTests : IClassFixture<WhichSeveralTests.Corpus>
{
    private readonly Corpus _corpus;

    public WhichSeveralTests(Corpus corpus) => _corpus = corpus;

    [Theory]
    [InlineData("Which Zemblan clubs appealed?", true)]
    [InlineData("What countries sent no officials?", true)]
    [InlineData("Which body suspended the clubs?", false)]
    [InlineData("Who appealed?", false)]
    public void A_which_question_with_a_plural_asks_to_name_several(string question, bool several) =>
        Assert.Equal(several, QuestionKindReader.AsksForSeveral(question));

    [Theory]
    [InlineData("The clubs Harbour, Port Vell Rowing, Ostland Oars and North Bay appealed.", true)]
    [InlineData("Harbour and North Bay appealed.", false)]
    [InlineData("Four clubs appealed.", false)]
    public void A_list_is_three_names_or_more(string sentence, bool lists) =>
        Assert.Equal(lists, FactSpotter.ListsNames(sentence));

    [Fact]
    public async Task The_sentence_naming_the_clubs_answers_which_clubs()
    {
        var answer = await _corpus.AskAsync("Which Zemblan clubs appealed to the tribunal against their suspension from ZRU regattas?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Port Vell Rowing", answer.Text);
    }

    /// <summary>"Which Russian footballers signed a letter against the war?" was answered with a sentence about a court panel: rowers, footballers, cyclists are people, and only a person's name answers.</summary>
    [Fact]
    public async Task Which_sportspeople_is_answered_only_by_a_persons_name()
    {
        var answer = await _corpus.AskAsync("Which Ostland cyclists signed the open letter against the war?");

        Assert.False(answer.Known, answer.Text);
    }

    /// <summary>"Which Belarusian officials did the IOC exclude?" left out "It names in particular Aleksandr Lukashenko, his son Viktor Lukashenko…": a sentence naming the people asked for need not say "officials".</summary>
    [Fact]
    public async Task A_sentence_naming_the_people_asked_for_answers_without_the_word_for_them()
    {
        var answer = await _corpus.AskAsync("Which Ostland officials did the Nordic council bar?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Jon Reyes", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("nordic-council-bars-ostland-leaders-2024-02.md", Articles.Markdown("Nordic council bars Ostland committee leaders", "2024-02-10",
                """
                The Nordic Olympic Council has barred the leadership of the Ostland Olympic Committee from all council events.

                The ban covers the members of the committee's board. It names in particular Mara Velde, in her role as committee president, her deputy Jon Reyes, and board member Lena Holm.

                The athletes' representative on the board is not affected.
                """));
            folder.Write("ostland-cyclists-letter.md", Articles.Markdown("Ostland cyclists sign letter against the war", "2025-03-04",
                """
                More than 30 Ostland cyclists have signed an open letter against the war, the Ostland Cycling Federation said on 3 March 2025.

                The federation said it respected the riders' right to speak.
                """));
            folder.Write("zembla-rowing-appeals.md", Articles.Markdown("Tribunal dismisses Zemblan rowing appeals", "2025-07-15",
                """
                The Harbour Sports Tribunal has dismissed the appeals of the Zembla Rowing Union and four Zemblan clubs against their suspension from ZRU regattas, confirming that the suspension stays.

                The Zembla Rowing Union had appealed against the decision taken on 28 February 2025 by the ZRU board to suspend all Zemblan crews and clubs from its regattas until further notice.

                In March, the tribunal refused a request by the Zembla Rowing Union to freeze the suspension of the Zemblan clubs while its appeal was pending.

                Separate appeals were lodged by the clubs Harbour Eights, Port Vell Rowing, Ostland Oars and North Bay.

                The tribunal heard all five appeals in July.
                """));
        }
    }
}
