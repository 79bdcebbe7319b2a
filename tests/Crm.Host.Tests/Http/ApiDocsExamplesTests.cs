using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Crm.Host.Tests.Http;

/// <summary>
/// Runs every request/response pair of docs/api.md ("Examples the test suite runs") against the real host, so
/// the documentation cannot drift from what the server does.
/// </summary>
public sealed partial class ApiDocsExamplesTests(GreetingsHostFixture fixture) : IClassFixture<GreetingsHostFixture>
{
    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var example in ReadExamples())
        {
            data.Add(example.Name);
        }

        return data;
    }

    [Fact]
    public void The_docs_have_examples() => Assert.True(ReadExamples().Count >= 8);

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Example_answers_as_documented(string name)
    {
        var example = ReadExamples().Single(e => e.Name == name);
        using var http = fixture.Host.CreateClient();
        using var request = ParseRequest(example.Request);

        using var response = await http.SendAsync(request);

        var (status, headers, body) = ParseResponse(example.Response);
        Assert.Equal(status, (int)response.StatusCode);
        foreach (var (header, value) in headers)
        {
            var actual = response.Headers.TryGetValues(header, out var values) || response.Content.Headers.TryGetValues(header, out values)
                ? string.Join(", ", values)
                : null;
            Assert.Equal(value, actual);
        }

        Assert.Equal(Comparable(JsonNode.Parse(body)), Comparable(JsonNode.Parse(await response.Content.ReadAsStringAsync())));
    }

    private static HttpRequestMessage ParseRequest(string text)
    {
        var (head, body) = SplitHead(text);
        var startLine = head[0].Split(' ');
        var request = new HttpRequestMessage(new HttpMethod(startLine[0]), startLine[1].TrimStart('/'));
        string? contentType = null;
        foreach (var (name, value) in head.Skip(1).Select(SplitHeader))
        {
            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                contentType = value;
            }
            else
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }
        }

        if (body.Length > 0 || contentType is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        return request;
    }

    private static (int Status, IReadOnlyList<(string Name, string Value)> Headers, string Body) ParseResponse(string text)
    {
        var (head, body) = SplitHead(text);
        return (int.Parse(head[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), head.Skip(1).Select(SplitHeader).ToList(), body);
    }

    private static (string[] Head, string Body) SplitHead(string text)
    {
        var parts = text.TrimEnd('\n').Split("\n\n", 2);
        return (parts[0].Split('\n'), parts.Length > 1 ? parts[1] : string.Empty);
    }

    private static (string Name, string Value) SplitHeader(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        return (line[..colon].Trim(), line[(colon + 1)..].Trim());
    }

    /// <summary>The body without error messages and locations, which may be worded differently by executors.</summary>
    private static string Comparable(JsonNode? node)
    {
        if (node?["errors"] is JsonArray errors)
        {
            foreach (var error in errors.OfType<JsonObject>())
            {
                error.Remove("message");
                error.Remove("locations");
            }
        }

        return node?.ToJsonString() ?? "null";
    }

    private static List<DocExample> ReadExamples()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root(), "docs", "api.md")).ReplaceLineEndings("\n");
        var section = text[text.IndexOf("## Examples the test suite runs", StringComparison.Ordinal)..];
        var blocks = HttpBlock().Matches(section).Select(m => m.Groups["body"].Value).ToList();
        var examples = new List<DocExample>();
        for (var i = 0; i + 1 < blocks.Count; i += 2)
        {
            examples.Add(new DocExample($"{i / 2 + 1}: {blocks[i].Split('\n')[0]}", blocks[i], blocks[i + 1]));
        }

        return examples;
    }

    [GeneratedRegex("```http\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex HttpBlock();

    private sealed record DocExample(string Name, string Request, string Response);
}
