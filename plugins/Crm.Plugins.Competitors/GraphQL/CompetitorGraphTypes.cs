using Crm.Plugins.Competitors.Domain;
using Crm.Plugins.Competitors.UseCases;
using Crm.Sdk.GraphQL;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Plugins.Competitors.GraphQL;

/// <summary>The <c>Competitor</c> node; its SWOT, activities and files load in one query per list of competitors.</summary>
public sealed class CompetitorGraphType : CrmObjectGraphType<Competitor>
{
    public CompetitorGraphType()
    {
        this.IsNode("Competitor");
        Description = "A company our clients also buy from.";
        Field(c => c.Name);
        Field(c => c.Website, nullable: true);
        Field(c => c.Notes, nullable: true);
        Field<NonNullGraphType<SwotGraphType>>("swot")
            .Resolve(ctx => ctx.GetGroupLoader<Guid, SwotItem>("crm.competitors.swot", (ids, ct) => Queries(ctx).SwotAsync(ids, ct)).Load(ctx.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CompetitorActivityGraphType>>>>("activities").Description("Newest first.")
            .Resolve(ctx => ctx.GetGroupLoader<Guid, CompetitorActivity>("crm.competitors.activities", (ids, ct) => Queries(ctx).ActivitiesAsync(ids, ct)).Load(ctx.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PositioningFileGraphType>>>>("positioningFiles")
            .Resolve(ctx => ctx.GetGroupLoader<Guid, PositioningFile>("crm.competitors.files", (ids, ct) => Queries(ctx).FilesAsync(ids, ct)).Load(ctx.Source.Id));
    }

    private static CompetitorQueries Queries(IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<CompetitorQueries>();
}

/// <summary>A competitor's SWOT, its points grouped by quadrant.</summary>
public sealed class SwotGraphType : CrmObjectGraphType<IReadOnlyList<SwotItem>>
{
    public SwotGraphType()
    {
        Name = "Swot";
        foreach (var quadrant in Enum.GetValues<SwotQuadrant>())
        {
            var name = quadrant.ToString().ToLowerInvariant() switch
            {
                "opportunity" => "opportunities",
                var other => other + "s",
            };
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>(name)
                .Resolve(c => c.Source.Where(i => i.Quadrant == quadrant).Select(i => i.Text)).ResolvesWithoutServices();
        }
    }
}

public sealed class CompetitorActivityGraphType : CrmObjectGraphType<CompetitorActivity>
{
    public CompetitorActivityGraphType()
    {
        Name = "CompetitorActivity";
        Field<NonNullGraphType<ActivityKindGraphType>>("kind").Resolve(c => c.Source.Kind).ResolvesWithoutServices();
        Field(a => a.Description);
        Field<NonNullGraphType<DateOnlyGraphType>>("observedOn").Resolve(c => c.Source.ObservedOn).ResolvesWithoutServices();
        Field(a => a.Source);
    }
}

public sealed class PositioningFileGraphType : CrmObjectGraphType<PositioningFile>
{
    public PositioningFileGraphType()
    {
        Name = "PositioningFile";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id.ToString("N")).ResolvesWithoutServices();
        Field(f => f.FileName);
        Field(f => f.ContentType);
        Field(f => f.Size);
        Field(f => f.UploadedBy);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("uploadedAt").Resolve(c => new DateTimeOffset(DateTime.SpecifyKind(c.Source.UploadedAt, DateTimeKind.Utc))).ResolvesWithoutServices();
        Field<NonNullGraphType<StringGraphType>>("contentBase64").Description("The file itself; ask for it only when downloading.")
            .ResolveAsync(async c => Convert.ToBase64String((await c.RequestServices!.GetRequiredService<CompetitorQueries>().FileAsync(c.Source.Id, c.CancellationToken))?.Content ?? []));
    }
}

public sealed class CompetitorScoreGraphType : CrmObjectGraphType<CompetitorScore>
{
    public CompetitorScoreGraphType()
    {
        Name = "CompetitorScore";
        Description = "Deals won against and lost to one competitor in the period.";
        Field<NonNullGraphType<CompetitorGraphType>>("competitor").Resolve(c => c.Source.Competitor).ResolvesWithoutServices();
        Field(s => s.Wins);
        Field(s => s.Losses);
        Field(s => s.WonAmount);
        Field(s => s.LostAmount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProductScoreGraphType>>>>("byProduct").Resolve(c => c.Source.ByProduct).ResolvesWithoutServices();
    }
}

public sealed class ProductScoreGraphType : CrmObjectGraphType<ProductScore>
{
    public ProductScoreGraphType()
    {
        Name = "CompetitorProductScore";
        Field<NonNullGraphType<IdGraphType>>("productId").Resolve(c => GlobalId.Encode("Product", c.Source.ProductId)).ResolvesWithoutServices();
        Field(s => s.Wins);
        Field(s => s.Losses);
    }
}

public sealed class SwotQuadrantGraphType : EnumerationGraphType<SwotQuadrant>
{
    public SwotQuadrantGraphType()
    {
        Name = "SwotQuadrant";
    }
}

public sealed class ActivityKindGraphType : EnumerationGraphType<ActivityKind>
{
    public ActivityKindGraphType()
    {
        Name = "CompetitorActivityKind";
    }
}
