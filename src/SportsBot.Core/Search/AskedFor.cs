namespace SportsBot.Core.Search;

/// <summary>The kind of fact a question asks for; an answer must carry a fact of that kind.</summary>
public enum AskedFor
{
    /// <summary>"Can…", "Did…": a statement about the subject that settles it.</summary>
    YesNo,

    /// <summary>"Who…", "Which team…": a named person or body doing what is asked.</summary>
    Who,

    /// <summary>"When…", "Since when…", "What year…": a date.</summary>
    When,

    /// <summary>"Where…", "Which city…": a place.</summary>
    Where,

    /// <summary>"How many…", "How long…", "What score…": a number with the thing counted.</summary>
    HowMany,

    /// <summary>"Why…": a cause or a stated reason.</summary>
    Why,

    /// <summary>"What is an AIN?", "What does AIN stand for?", "Who is Litvinovich?": what the subject is.</summary>
    WhatIs,

    /// <summary>"Is it fair…?", "Should…?": a verdict; the answer gives the attributed positions, never one of its own.</summary>
    Judgement,

    /// <summary>"What happened…", "What did … decide", "How…": statements about the subject and what is asked.</summary>
    Open,
}
