using SportsBot.Core.Search;
using SportsBot.Infrastructure.Text;

namespace SportsBot.Tests.Search;

/// <summary>
/// Fans ask in their own words: "Did the judgment scrap the rules?" is answered by "The ruling does not overturn the
/// regulations", "Where did he fly to?" by "flew out of Melbourne on a flight to Dubai", "Who freed her?" by "She
/// was released by Russia", and "What happened in her trial?" by "A court found her guilty…". A question word
/// finds a sentence word of the same concept.
/// </summary>
public sealed class ConceptTableTests : IDisposable
{
    private readonly TermMatcher _matcher = new(new SnowballWordStemmer(), new AliasTable(), new ConceptTable(new SnowballWordStemmer()));

    public void Dispose() => _matcher.Dispose();

    [Theory]
    [InlineData("judgment", "The ruling does not overturn the regulations.")]
    [InlineData("disqualification", "She was disqualified for declining to shake hands.")]
    [InlineData("scrap", "The ruling does not overturn the regulations.")]
    [InlineData("fly", "The world number one flew out of Melbourne.")]
    [InlineData("cops", "The authorities offered to deploy 3,000 police officers around the venue.")]
    [InlineData("boss", "WCC president Mirela Castaign told reporters after the vote.")]
    [InlineData("swap", "She was released in a prisoner exchange.")]
    [InlineData("freed", "She was released in a prisoner exchange.")]
    [InlineData("trial", "A court found her guilty of smuggling and sentenced her to nine years.")]
    [InlineData("cheat", "She was found guilty of an anti-doping rule violation.")]
    [InlineData("sacked", "The team has terminated the contract of its driver.")]
    [InlineData("game", "They did not sing before their first match of the World Cup.")]
    // Everyday words for the news's formal ones.
    [InlineData("netted", "Marta scored twice in the final.")]
    [InlineData("arrested", "He was detained at the airport in February.")]
    [InlineData("jailed", "She was sent to prison for nine years.")]
    [InlineData("crowd", "Spectators booed the anthem.")]
    [InlineData("slammed", "Rights groups condemned the decision.")]
    [InlineData("demonstration", "Players knelt before kick-off.")]
    [InlineData("probe", "The federation opened an investigation.")]
    [InlineData("expelled", "He was deported on Sunday.")]
    [InlineData("manager", "The club sacked its coach.")]
    [InlineData("asylum", "She fled to Poland after the Games.")]
    [InlineData("bid", "Saudi Arabia was the only candidate.")]
    [InlineData("racism", "Supporters directed racist abuse at the striker.")]
    [InlineData("female", "Transgender women are barred from the women's category.")]
    [InlineData("parade", "They will not march in the opening ceremony.")]
    [InlineData("coverage", "State television did not show the match.")]
    [InlineData("apology", "The federation apologised on Monday.")]
    [InlineData("tweet", "He posted a message on social media.")]
    [InlineData("booed", "The crowd jeered her off the court.")]
    [InlineData("sued", "The players filed a lawsuit against the federation.")]
    [InlineData("approval", "The league ratified the sale on Friday.")]
    [InlineData("lgbt", "UEFA refused to light the stadium in rainbow colours.")]
    [InlineData("hijab", "Players may now wear a headscarf.")]
    [InlineData("bribes", "Prosecutors alleged corruption in the vote.")]
    [InlineData("embezzlement", "Both men were charged with fraud.")]
    [InlineData("cleared", "The court acquitted both officials.")]
    [InlineData("safety", "Drivers raised security concerns after the attack.")]
    [InlineData("delayed", "The Games were postponed by a year.")]
    [InlineData("restart", "The league will resume on 17 May.")]
    [InlineData("skipper", "Seven captains dropped the armband.")]
    [InlineData("jersey", "The kit maker toned down its shirts.")]
    [InlineData("promise", "Bach wrote to her, guaranteeing her a place at the Games.")]
    [InlineData("start", "The 16-team tournament opens on 12 June 2026.")]
    [InlineData("begin", "The first race will kick off in Dornholm.")]
    [InlineData("postpone", "The vote was pushed back a week.")]
    [InlineData("deal", "A decree ends the four-year, €280 million agreement.")]
    [InlineData("headed", "The review will be led by Hana Kroll, a former judge.")]
    // A question about medals is answered by any of them, and gold is a win.
    [InlineData("medals", "She won silver in the women's trampoline.")]
    [InlineData("gold", "He won the men's trampoline title.")]
    public void A_question_word_finds_a_sentence_word_of_the_same_concept(string questionWord, string sentence) =>
        Assert.True(_matcher.Mentions(_matcher.Read(sentence), _matcher.Term(questionWord, isName: false)));

    [Theory]
    [InlineData("judgment", "The world number one flew out of Melbourne.")]
    [InlineData("fly", "The ruling does not overturn the regulations.")]
    [InlineData("fans", "The club sacked its coach.")]
    // Held before a trial is not serving a sentence ("on top of her prison term").
    [InlineData("prison", "He was detained at the airport in February.")]
    // "Who won silver?" is not answered by the gold medallist.
    [InlineData("silver", "It was the first gold medal for a neutral athlete.")]
    [InlineData("bronze", "She won silver in the women's trampoline.")]
    public void A_word_of_another_concept_is_not_found(string questionWord, string sentence) =>
        Assert.False(_matcher.Mentions(_matcher.Read(sentence), _matcher.Term(questionWord, isName: false)));
}
