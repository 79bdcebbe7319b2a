using Crm.Plugins.Competitors.Domain;
using Crm.Sdk.GraphQL;
using GraphQL.Types;

namespace Crm.Plugins.Competitors.GraphQL;

/// <summary>
/// The input of every competitors mutation: one shape, each mutation's input type declaring only the fields it takes.
/// Ids that do not decode to the expected type become <see cref="Guid.Empty"/>, refused as NOT_FOUND.
/// </summary>
public sealed record CompetitorInput(IReadOnlyDictionary<string, object?> Values)
{
    public string Text(string key) => Values.TryGetValue(key, out var value) ? value?.ToString() ?? "" : "";

    public string? OptionalText(string key) => Values.TryGetValue(key, out var value) ? value?.ToString() : null;

    public Guid Id(string key, string typeName) =>
        GlobalId.TryDecode(OptionalText(key), out var type, out var local) && type == typeName && Guid.TryParseExact(local, "N", out var id) ? id : Guid.Empty;

    public T Get<T>(string key) => (T)Values[key]!;
}

/// <summary>Builds the named input type of one mutation from a list of fields.</summary>
public abstract class CompetitorInputGraphType : InputObjectGraphType<CompetitorInput>
{
    public override object ParseDictionary(IDictionary<string, object?> value) => new CompetitorInput(new Dictionary<string, object?>(value ?? new Dictionary<string, object?>()));
}

public sealed class CreateCompetitorInputGraphType : CompetitorInputGraphType
{
    public CreateCompetitorInputGraphType()
    {
        Name = "CreateCompetitorInput";
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<StringGraphType>("website");
        Field<StringGraphType>("notes");
    }
}

public sealed class AddSwotItemInputGraphType : CompetitorInputGraphType
{
    public AddSwotItemInputGraphType()
    {
        Name = "AddSwotItemInput";
        Field<NonNullGraphType<IdGraphType>>("competitorId");
        Field<NonNullGraphType<SwotQuadrantGraphType>>("quadrant");
        Field<NonNullGraphType<StringGraphType>>("text");
    }
}

public sealed class RecordCompetitorActivityInputGraphType : CompetitorInputGraphType
{
    public RecordCompetitorActivityInputGraphType()
    {
        Name = "RecordCompetitorActivityInput";
        Field<NonNullGraphType<IdGraphType>>("competitorId");
        Field<NonNullGraphType<ActivityKindGraphType>>("kind");
        Field<NonNullGraphType<StringGraphType>>("description");
        Field<NonNullGraphType<DateOnlyGraphType>>("observedOn");
        Field<NonNullGraphType<StringGraphType>>("source").Description("Where it was seen: a link, a client, a trade fair.");
    }
}

public sealed class LinkCustomerCompetitorInputGraphType : CompetitorInputGraphType
{
    public LinkCustomerCompetitorInputGraphType()
    {
        Name = "LinkCustomerCompetitorInput";
        Field<NonNullGraphType<IdGraphType>>("customerId");
        Field<NonNullGraphType<IdGraphType>>("competitorId");
        Field<StringGraphType>("note").Description("What they buy there, since when, why.");
    }
}

public sealed class UploadPositioningFileInputGraphType : CompetitorInputGraphType
{
    public UploadPositioningFileInputGraphType()
    {
        Name = "UploadPositioningFileInput";
        Description = $"A PDF, PNG, JPEG, text, DOCX or PPTX file of at most {PositioningFileLimits.MaxBytes / 1024} KiB, base64-encoded.";
        Field<NonNullGraphType<IdGraphType>>("competitorId");
        Field<NonNullGraphType<StringGraphType>>("fileName");
        Field<NonNullGraphType<StringGraphType>>("contentType");
        Field<NonNullGraphType<StringGraphType>>("contentBase64");
    }
}

internal static class SwotInput
{
    public static SwotQuadrant Quadrant(CompetitorInput input) => input.Get<SwotQuadrant>("quadrant");
}
