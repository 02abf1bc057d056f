using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// Two reports on one matter months apart: a chess union suspends Valdoria's federation in February, saying it will
/// review the suspension in June, and lifts it in June. Each report says when, and the first says "last autumn".
/// </summary>
public sealed class ValdoriaCorpus : ArticleCorpus
{
    protected override void Write(TempFolder folder)
    {
        folder.Write("valdoria-2024-02-suspended.md", Articles.Markdown("Nordic Chess Union suspends Valdoria over election interference", "2024-02-14",
            """
            The Nordic Chess Union (NCU) has suspended the Valdorian Chess Federation with immediate effect, after an inquiry found that government officials had interfered in the federation's presidential election last autumn.

            The decision was taken by the NCU Council at a meeting in Oslo on 13 February 2024 and announced the following day. Players from Valdoria may still take part in NCU tournaments, but only under the NCU flag and without their national anthem.

            NCU President Ingrid Solberg said the union had no choice. "An election decided by ministers is not an election," she said.

            The Valdorian federation's president, Marek Ostrov, called the suspension "a political attack on our players" and said the federation would appeal to the Court of Arbitration for Sport.

            PHOTO: Players at the NCU team championship in Bergen. (Board Report)

            The suspension will be reviewed at the NCU General Assembly in June. Valdoria had been due to host the NCU Youth Championship in Tarvik in August; the Council said it would look for a new host.

            PHOTO: Players at the NCU team championship in Bergen. (Board Report)
            """));
        folder.Write("valdoria-2024-06-readmitted.md", Articles.Markdown("Chess union lifts Valdoria suspension after new election", "2024-06-22",
            """
            The Nordic Chess Union (NCU) has lifted its suspension of the Valdorian Chess Federation, four months after it was imposed, after the federation held a new presidential election under NCU supervision.

            Delegates at the NCU General Assembly in Reykjavik voted 31 to 4 on 21 June 2024 to readmit the federation in full. Valdorian players will again compete under their own flag from 1 July.

            The new election, held on 2 May, was won by Lena Havel, a former national champion, who defeated Marek Ostrov by 58 votes to 41. Ostrov had led the federation since 2016.

            The NCU Youth Championship, which was taken away from Tarvik in February, will still be played in Gothenburg in August, the union said.

            Havel said her priority was to "win back the trust of our neighbours". The federation withdrew its appeal to the Court of Arbitration for Sport in May.
            """));
    }
}
