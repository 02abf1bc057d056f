using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>A who-question about a role ("lawyer", "captain") is answered by a sentence giving that role to someone, and the role must be the asked body's.</summary>
public sealed class WhoRoleTests : IClassFixture<WhoRoleTests.Corpus>
{
    private readonly Corpus _corpus;

    public WhoRoleTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task A_role_followed_by_a_place_is_still_the_role_asked_for()
    {
        // The place once stood in for the role, so any sentence naming Harbourtown and a person answered.
        var answer = await _corpus.AskAsync("Who was Varga's lawyer in Harbourtown?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task Another_teams_captain_does_not_answer_whose_captain_was_asked()
    {
        var answer = await _corpus.AskAsync("Who was Ostland's captain at the Harbour Cup?");

        Assert.DoesNotContain("Anna Berg", answer.Text);
    }

    [Fact]
    public async Task The_first_of_two_questions_is_answered_by_a_sentence_saying_its_own_words()
    {
        var answer = await _corpus.AskAsync("Who was Ostland's coach at the Harbour Cup, and what did he say about the referee's decisions at home?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Piet Mols", answer.Text);
    }

    [Fact]
    public async Task A_role_after_a_possessive_of_several_words_is_still_the_role_asked_for()
    {
        // "the Ostland team's doctor" once read as no role at all, so a sentence naming anyone on the team answered.
        var answer = await _corpus.AskAsync("Who was the Ostland team's doctor at the Harbour Cup?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task Who_was_appointed_needs_a_sentence_that_says_someone_was_appointed()
    {
        // "Who was appointed…" once read as no relation, so a sentence naming Ostland's coach answered it.
        var answer = await _corpus.AskAsync("Who was appointed Ostland's coach after the Harbour Cup?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task Which_player_was_sent_off_needs_a_sentence_that_says_someone_was_sent_off()
    {
        // "Which … was sent off" once read as no relation, so a sentence naming an Ostland player answered it.
        var answer = await _corpus.AskAsync("Which Ostland player was sent off in the Harbour Cup final?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task Places_a_nationality_and_the_asked_persons_own_first_name_name_no_one_for_who()
    {
        // "A court in Harbourtown, outside Ostrava, found the Ostrian fencer Lia Varga guilty. The judge also fined her."
        var answer = await _corpus.AskAsync("Who was the judge at Varga's hearing?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task Who_holds_a_role_is_answered_first_by_the_sentence_naming_the_person_in_it()
    {
        // The story's opening states its ruling and scores higher, and it once opened the answer, so the president's
        // name came only after a sentence that does not answer the question.
        var answer = await _corpus.AskAsync("Who is the president of the Ostland Football Federation?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Marta Kiss", answer.Parts[0].Text);
    }

    [Fact]
    public async Task A_title_sponsor_is_a_sponsor_not_a_winner()
    {
        // "title" read as a win, so only a sentence naming someone who won could answer, and the question was refused.
        var answer = await _corpus.AskAsync("Who was the Vela title sponsor?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Nordkap", answer.Parts[0].Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("harbour-cup-final.md", Articles.Markdown("Zembla win the Harbour Cup", "2024-05-12",
                """
                On 11 May 2024 Zembla captain Anna Berg lifted the Harbour Cup after her side beat Ostland 3-1 in the final.

                The day before the final, Ostland's coach, Piet Mols, told reporters that his players were ready for the biggest match of their careers.
                After the final, Ostland's federation said the referee's decisions had cost the team the Harbour Cup, and fans at home agreed.
                """));
            folder.Write("varga-appeal.md", Articles.Markdown("Varga to appeal her ban", "2024-06-03",
                """
                Ostland's Sports Minister Karl Brenner said in Harbourtown on 2 June 2024 that Lia Varga would appeal against her ban.

                The appeal is expected to be heard in the autumn.
                """));
            folder.Write("ostland-league-ban.md", Articles.Markdown("Ostland Football Federation bars its players from the Harbour League", "2024-04-03",
                """
                Players registered with the Ostland Football Federation will no longer be allowed to take part in the Harbour League, the federation's board decided on 3 April 2024. The ban takes effect on 1 May 2024.

                Announcing it, Ostland Football Federation President Marta Kiss said the board had put the safety of players above other considerations.
                """));
            folder.Write("vela-sponsor.md", Articles.Markdown("Vela team under pressure over its sponsor", "2024-03-01",
                """
                The sanctions are raising questions for the Vela team, whose title sponsor is the Ostland bank Nordkap, before the new season.

                The team has not said whether it will keep the sponsor's colours on its cars.
                """));
            folder.Write("varga-hearing.md", Articles.Markdown("Varga found guilty at disciplinary hearing", "2024-05-20",
                """
                A court in Harbourtown, outside Ostrava, on 19 May 2024 found the Ostrian fencer Lia Varga guilty of breaching the federation's code at her hearing. The judge also fined her 500 euros.
                """));
        }
    }
}
