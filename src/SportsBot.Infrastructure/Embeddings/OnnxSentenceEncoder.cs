using BERTTokenizers.Base;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using System.Numerics.Tensors;

namespace SportsBot.Infrastructure.Embeddings;

/// <summary>
/// Runs a BERT-style sentence model with ONNX Runtime from a model file: tokenise with the package's own tokenizer,
/// run, pool, normalise. The packages' encoders do the same from the model embedded in their assembly, which
/// holds the model three times while loading (the assembly's pages, a managed copy, ONNX Runtime's own) and
/// keeps two of them; reading it from a file holds it once, about 90 MB less for the life of the process.
/// </summary>
internal sealed class OnnxSentenceEncoder : IDisposable
{
    private readonly InferenceSession _session;
    private readonly TokenizerBase _tokenizer;
    private readonly SentencePooling _pooling;
    private readonly string _output;

    public OnnxSentenceEncoder(string modelPath, TokenizerBase tokenizer, SentencePooling pooling)
    {
        // ONNX Runtime's worker threads otherwise spin for a while after each call, holding one of two cores while
        // keyword and vector search run: off, query embedding p95 fell from 24–30 to 17 ms and the whole ask's from 74–96 to 59–63 ms (bench, 10,000 articles).
        using var options = new SessionOptions();
        options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        _session = new InferenceSession(modelPath, options);
        _tokenizer = tokenizer;
        _pooling = pooling;
        _output = _session.OutputMetadata.First(o => o.Value.Dimensions.Length == 3).Key;
    }

    public float[][] Encode(string[] sentences, CancellationToken cancellationToken)
    {
        if (sentences.Length == 0)
        {
            return [];
        }

        // The tokenizer pads every sentence of the batch to the longest one's length.
        var encoded = _tokenizer.Encode(sentences);
        var length = encoded[0].InputIds.Length;
        var ids = new long[sentences.Length * length];
        var mask = new long[ids.Length];
        var types = new long[ids.Length];
        for (var s = 0; s < encoded.Count; s++)
        {
            encoded[s].InputIds.CopyTo(ids, s * length);
            encoded[s].AttentionMask.CopyTo(mask, s * length);
            encoded[s].TokenTypeIds.CopyTo(types, s * length);
        }

        int[] shape = [sentences.Length, length];
        NamedOnnxValue[] inputs =
        [
            NamedOnnxValue.CreateFromTensor("input_ids", new DenseTensor<long>(ids, shape)),
            NamedOnnxValue.CreateFromTensor("attention_mask", new DenseTensor<long>(mask, shape)),
            NamedOnnxValue.CreateFromTensor("token_type_ids", new DenseTensor<long>(types, shape)),
        ];

        using var run = new RunOptions();
        if (sentences.Length > 1)
        {
            // A batch of passages grows ONNX Runtime's arena by about 180 MB, which it keeps for good: a bot that has
            // ingested would answer questions with that memory held. Handing it back after each batch costs ingest
            // about a tenth of its speed; a one-question run stays as it is.
            run.AddRunConfigEntry("memory.enable_memory_arena_shrinkage", "cpu:0");
        }

        using var stop = cancellationToken.Register(() => run.Terminate = true);
        using var results = _session.Run(inputs, [_output], run);
        cancellationToken.ThrowIfCancellationRequested();

        var tokens = (DenseTensor<float>)results[0].Value;
        var width = tokens.Dimensions[2];
        var vectors = new float[sentences.Length][];
        for (var s = 0; s < sentences.Length; s++)
        {
            var sentence = tokens.Buffer.Span.Slice(s * length * width, length * width);
            vectors[s] = Normalised(_pooling == SentencePooling.FirstToken
                ? sentence[..width].ToArray()
                : MeanOfKept(sentence, mask.AsSpan(s * length, length), width));
        }

        return vectors;
    }

    public void Dispose() => _session.Dispose();

    private static float[] MeanOfKept(ReadOnlySpan<float> tokens, ReadOnlySpan<long> mask, int width)
    {
        var sum = new float[width];
        var kept = 0;
        for (var t = 0; t < mask.Length; t++)
        {
            if (mask[t] == 0)
            {
                continue;
            }

            kept++;
            TensorPrimitives.Add(sum, tokens.Slice(t * width, width), sum);
        }

        TensorPrimitives.Divide(sum, Math.Max(kept, 1), sum);
        return sum;
    }

    private static float[] Normalised(float[] vector)
    {
        var norm = TensorPrimitives.Norm(vector);
        TensorPrimitives.Divide(vector, Math.Max(norm, 1e-12f), vector);
        return vector;
    }
}
