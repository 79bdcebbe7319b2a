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
