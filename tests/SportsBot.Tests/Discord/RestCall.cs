using System.Text.Json.Nodes;

namespace SportsBot.Tests.Discord;

/// <summary>A REST request the fake Discord received, including the ones it answered with an error.</summary>
public sealed record RestCall(string Method, string Path, int Status, JsonNode? Body, string? Authorization, DateTimeOffset At);
