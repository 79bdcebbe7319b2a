using Microsoft.Net.Http.Headers;

namespace Crm.Host.GraphQL.Http;

/// <summary>Chooses the response media type from the request's <c>Accept</c> header.</summary>
internal static class AcceptNegotiation
{
    /// <summary>
    /// The best format the client accepts, or null when it accepts neither (406). No header, <c>*/*</c> and
    /// <c>application/*</c> mean <c>application/json</c>: the spec keeps that default for legacy clients until
    /// they opt in to <c>application/graphql-response+json</c> by naming it.
    /// </summary>
    public static GraphQLResponseFormat? Choose(IList<string> acceptHeaders)
    {
        if (acceptHeaders.Count == 0)
        {
            return GraphQLResponseFormat.Json;
        }

        // The headers GraphQL clients send on every request are answered without parsing them (the answer is
        // the parsed one; AcceptNegotiationTests compares both).
        if (acceptHeaders.Count == 1 && Common(acceptHeaders[0]) is { } common)
        {
            return common;
        }

        return Parse(acceptHeaders);
    }

    /// <summary>The answer for one of the common headers, or null for any other header.</summary>
    internal static GraphQLResponseFormat? Common(string? header) => header switch
    {
        "application/graphql-response+json, application/json" => GraphQLResponseFormat.GraphQLResponse,
        "application/graphql-response+json, application/json;q=0.9" => GraphQLResponseFormat.GraphQLResponse,
        "application/graphql-response+json" => GraphQLResponseFormat.GraphQLResponse,
        "application/json" => GraphQLResponseFormat.Json,
        "*/*" => GraphQLResponseFormat.Json,
        _ => null,
    };

    /// <summary>The negotiation itself, by the parsed media ranges.</summary>
    internal static GraphQLResponseFormat? Parse(IList<string> acceptHeaders)
    {
        if (!MediaTypeHeaderValue.TryParseList(acceptHeaders, out var ranges) || ranges.Count == 0)
        {
            return GraphQLResponseFormat.Json;
        }

        GraphQLResponseFormat? best = null;
        double bestQuality = 0;
        var bestSpecificity = -1;
        foreach (var range in ranges)
        {
            var quality = range.Quality ?? 1.0;
            if (quality <= 0 || !AcceptsUtf8(range))
            {
                continue;
            }

            var (format, specificity) = Match(range);
            if (format is null)
            {
                continue;
            }

            // Higher quality wins; on a tie the more specific range, so naming graphql-response+json beats */*.
            if (quality > bestQuality || (quality.Equals(bestQuality) && specificity > bestSpecificity))
            {
                best = format;
                bestQuality = quality;
                bestSpecificity = specificity;
            }
        }

        return best;
    }

    private static (GraphQLResponseFormat? Format, int Specificity) Match(MediaTypeHeaderValue range)
    {
        var mediaType = range.MediaType.Value;
        if (string.Equals(mediaType, GraphQLMediaTypes.GraphQLResponse, StringComparison.OrdinalIgnoreCase))
        {
            return (GraphQLResponseFormat.GraphQLResponse, 3);
        }

        if (string.Equals(mediaType, GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            return (GraphQLResponseFormat.Json, 2);
        }

        if (string.Equals(mediaType, "application/*", StringComparison.OrdinalIgnoreCase) || string.Equals(mediaType, "*/*", StringComparison.Ordinal))
        {
            return (GraphQLResponseFormat.Json, 1);
        }

        return (null, 0);
    }

    private static bool AcceptsUtf8(MediaTypeHeaderValue range)
    {
        var charset = range.Charset.Value;
        return string.IsNullOrEmpty(charset) || string.Equals(charset, GraphQLMediaTypes.Utf8, StringComparison.OrdinalIgnoreCase);
    }
}
