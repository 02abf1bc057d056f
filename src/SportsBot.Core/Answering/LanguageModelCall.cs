namespace SportsBot.Core.Answering;

/// <summary>One model call under a time limit, with every failure turned into a <see cref="LanguageModelException"/>.</summary>
public static class LanguageModelCall
{
    /// <exception cref="LanguageModelException">The call failed or took longer than <paramref name="timeout"/>.</exception>
    /// <exception cref="OperationCanceledException">The caller cancelled; that is not a model failure.</exception>
    public static async Task<string> RunAsync(Func<CancellationToken, Task<string>> call, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            return await call(limit.Token);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && (limit.IsCancellationRequested || ex is OperationCanceledException))
        {
            throw new LanguageModelException($"the model did not answer within {timeout.TotalSeconds:0} s", ex);
        }
        catch (LanguageModelException)
        {
            throw;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new LanguageModelException($"the model call failed ({ex.GetType().Name}: {ex.Message})", ex);
        }
    }
}
