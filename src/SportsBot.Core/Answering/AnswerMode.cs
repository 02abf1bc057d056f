namespace SportsBot.Core.Answering;

public enum AnswerMode
{
    Extractive,
    Llm,
}
