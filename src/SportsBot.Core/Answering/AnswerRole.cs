namespace SportsBot.Core.Answering;

/// <summary>What a part of an answer is for; renderers may lay the roles out differently.</summary>
public enum AnswerRole
{
    /// <summary>The sentence that answers, from the newest relevant source.</summary>
    Lead,

    /// <summary>A sentence that adds to the lead.</summary>
    Supporting,

    /// <summary>An older report on the same matter, told as history.</summary>
    Earlier,

    /// <summary>A newer report than the lead, for a question whose tense could not be read (one in another language, matched by its names).</summary>
    Later,

    /// <summary>One side's attributed position, for a question that asks for a judgement.</summary>
    Position,

    /// <summary>The bot's own remark about the sources (how old they are, that they report positions, not a verdict); cites nothing.</summary>
    Note,

    /// <summary>"Yes." or "No.", for a yes/no question the lead answers plainly (<see cref="Evidence.YesNoVerdict"/>); it opens the answer, and the lead after it cites the source.</summary>
    Verdict,
}
