using Company.CrmPlugin.Domain;
using Company.CrmPlugin.Handlers;
using Company.CrmPlugin.Storage;
using Crm.Sdk.GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Company.CrmPlugin.GraphQL;

/// <summary>The plugin's part of the schema: a field on <c>Customer</c>, which another module owns, named by its type name.</summary>
internal static class GreetingSchema
{
    public static void Configure(ISchemaBuilder schema)
    {
        schema.AddType<GreetingNoteGraphType>();
        // The timeline's kind is an enum; a module adds its own kinds to it while it is enabled.
        schema.ExtendEnum("InteractionKind", GreetNewCustomer.TimelineKind, "A welcome note written by Company.CrmPlugin.");
        schema.Extend<IEntity>("Customer").Field<NonNullGraphType<ListGraphType<NonNullGraphType<GreetingNoteGraphType>>>>("greetingNotes")
            .Description("The notes Company.CrmPlugin wrote about the customer, oldest first.")
            .RequirePermission(GreetingModule.ReadPermission)
            // One query for every customer on the page, not one per customer.
            .Resolve(ctx => ctx.GetGroupLoader<Guid, GreetingNote>("company.crm-plugin.notes", async (ids, ct) =>
            {
                var database = ctx.RequestServices!.GetRequiredService<GreetingDbContext>();
                var notes = await database.Notes.AsNoTracking().Where(n => ids.Contains(n.CustomerId)).OrderBy(n => n.CreatedAt).ToListAsync(ct);
                return notes.ToLookup(n => n.CustomerId);
            }).Load(ctx.Source.Id));
    }
}
