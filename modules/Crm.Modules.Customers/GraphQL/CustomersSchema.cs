using Crm.Modules.Customers.Domain;
using Crm.Modules.Customers.UseCases;
using Crm.Sdk.Contracts.Interactions;
using Crm.Sdk.Contracts.WorkingNow;
using Crm.Sdk.GraphQL;
using Crm.Sdk.GraphQL.Connections;
using Crm.Sdk.GraphQL.Filtering;
using Crm.Sdk.Security;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Types.Relay.DataObjects;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Modules.Customers.GraphQL;

/// <summary>The customers module's part of the schema: the Customer node, the customers list, the mutations, workingNow.</summary>
internal static class CustomersSchema
{
    /// <summary>How far back "working now" looks for finished work.</summary>
    public static readonly TimeSpan WorkingNowWindow = TimeSpan.FromDays(14);

    public static void Configure(ISchemaBuilder schema)
    {
        schema.AddType<CustomerGraphType>();
        schema.AddNode("Customer", async (ctx, id) => Guid.TryParse(id, out var key) ? await Service<GetCustomer>(ctx).HandleAsync(key, ctx.CancellationToken) : null);

        schema.Query.Field<CustomerGraphType>("customer")
            .Description("One customer by id (archived ones included); null when the id names no customer.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx => await Service<GetCustomer>(ctx).HandleAsync(GlobalId.DecodeGuid(ctx.GetArgument<string>("id"), "Customer"), ctx.CancellationToken));

        var customers = schema.Query.Connection<CustomerGraphType, Customer>("customers")
            .Description("Customers, filtered, alphabetical unless orderBy says otherwise (Cyrillic and Latin alike); keyset-paged both ways (first/after, last/before).")
            .Sortable(
                new SortField("NAME", "nameKey", "Alphabetical, case and alphabet folded (Cyrillic and Latin alike)."),
                new SortField("CREATED_AT", "createdAt", "When the customer was entered."),
                new SortField("UPDATED_AT", "updatedAt", "When the customer was last changed."),
                new SortField("STATUS", "status", "PROSPECT, ACTIVE, INACTIVE, LOST."))
            .OrderBy("nameKey")
            .MaxPageSize(SearchCustomers.MaxPageSize)
            .Resolve(ctx => Service<SearchCustomers>(ctx).Query(ctx.GetArgument<CustomerFilter?>("filter") ?? new CustomerFilter()));
        customers.FieldType.Arguments!.Add(new QueryArgument<CustomerSearchFilterGraphType> { Name = "filter" });

        var withoutContact = schema.Query.Connection<CustomerGraphType, Customer>("customersWithoutContact")
            .Description("Customers nobody contacted since the given moment (by contact kinds, any kind when none given), optionally of one manager; archived ones excluded. Answered from last-contact figures kept current on every write.");
        withoutContact.FieldType.Arguments!.Add(new QueryArgument<NonNullGraphType<DateTimeOffsetGraphType>> { Name = "since" });
        withoutContact.FieldType.Arguments.Add(new QueryArgument<ListGraphType<NonNullGraphType<StringGraphType>>> { Name = "kinds" });
        withoutContact.FieldType.Arguments.Add(new QueryArgument<StringGraphType> { Name = "manager", Description = "User id of the responsible manager." });
        withoutContact.FieldType.Resolver = new FuncFieldResolver<object>(async ctx => await ResolveWithoutContactAsync(ctx));

        schema.Extend<Customer>("Customer").Field<NonNullGraphType<ListGraphType<NonNullGraphType<WorkingNowItemGraphType>>>>("workingNow")
            .Description("Which colleagues work with this customer now and on what, gathered from every module that knows (timeline, agreements, deals, tasks).")
            .ResolveAsync(async ctx =>
            {
                var since = ctx.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow() - WorkingNowWindow;
                var collect = new CollectWorkingNow(ctx.Source.Id, since);
                await ctx.RequestServices!.GetRequiredService<IMediator>().Publish(collect, ctx.CancellationToken);
                return collect.Items;
            });

        schema.Mutation.PayloadField<CreateCustomerInputGraphType, CreateCustomerInput, CustomerPayloadGraphType>("createCustomer", async (ctx, input) =>
            CustomerPayload.From(await Service<CreateCustomer>(ctx).HandleAsync(input.Customer, Actor(ctx), ctx.CancellationToken)));
        schema.Mutation.PayloadField<UpdateCustomerInputGraphType, UpdateCustomerInput, CustomerPayloadGraphType>("updateCustomer", async (ctx, input) =>
            CustomerPayload.From(await Service<UpdateCustomer>(ctx).HandleAsync(GlobalId.DecodeGuid(input.Id, "Customer"), input.Version, input.Customer, ctx.CancellationToken)));
        schema.Mutation.PayloadField<ArchiveCustomerInputGraphType, ArchiveCustomerInput, CustomerPayloadGraphType>("archiveCustomer", async (ctx, input) =>
            CustomerPayload.From(await Service<ArchiveCustomer>(ctx).HandleAsync(GlobalId.DecodeGuid(input.Id, "Customer"), input.Version, Actor(ctx), ctx.CancellationToken)));
    }

    private static async Task<object?> ResolveWithoutContactAsync(IResolveFieldContext ctx)
    {
        var paging = PagingOptions.From(ctx);
        var request = new PageRequest(ctx.GetArgument<int?>("first"), ctx.GetArgument<string?>("after"), ctx.GetArgument<int?>("last"), ctx.GetArgument<string?>("before"))
            .Validate(paging.DefaultPageSize, paging.MaxPageSize);
        if (request.Last is not null || request.Before is not null)
        {
            throw new DomainException(ErrorCodes.InvalidInput, "customersWithoutContact pages forward only: use first and after.");
        }

        var mediator = Service<IMediator>(ctx);
        var since = ctx.GetArgument<DateTimeOffset>("since");
        var kinds = ctx.GetArgument<List<string>?>("kinds");
        var manager = ctx.GetArgument<string?>("manager");
        var result = await mediator.Send(new GetCustomersWithoutContact(since, request.First!.Value) { Kinds = kinds, ManagerId = manager, After = request.After }, ctx.CancellationToken);
        if (!result.Succeeded)
        {
            throw new DomainException(result.Errors[0].Code, result.Errors[0].Message);
        }

        var page = result.Value;
        var customers = await Service<GetCustomers>(ctx).HandleAsync(page.Items.Select(i => i.CustomerId).ToList(), ctx.CancellationToken);
        var edges = page.Items.Where(i => customers.ContainsKey(i.CustomerId)).Select(i => new ConnectionEdge<Customer>(i.Cursor, customers[i.CustomerId])).ToList();
        var info = new PageInfo { HasNextPage = page.HasNextPage, HasPreviousPage = request.After is not null, StartCursor = edges.FirstOrDefault()?.Cursor, EndCursor = page.Items.LastOrDefault()?.Cursor };
        return new ConnectionPage<Customer>(edges, info, token => mediator.Send(new CountCustomersWithoutContact(since, kinds, manager), token));
    }

    private static T Service<T>(IResolveFieldContext ctx)
        where T : notnull => ctx.RequestServices!.GetRequiredService<T>();

    private static string Actor(IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<ICurrentUser>().Id;
}
