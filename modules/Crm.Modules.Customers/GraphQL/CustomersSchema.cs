using Crm.Modules.Customers.Domain;
using Crm.Modules.Customers.UseCases;
using Crm.Sdk.Contracts;
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
        // node(id) is the host's field: without the permission, or out of reach, a customer is simply not there.
        schema.AddNode("Customer", async (ctx, id) => Guid.TryParse(id, out var key) && User(ctx).HasPermission(CustomersModule.ReadPermission)
            ? await FindVisibleAsync(ctx, key)
            : null);

        schema.Query.Field<CustomerGraphType>("customer")
            .Description("One customer by id (archived ones included); null when the id names no customer or one outside your record access.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx => await FindVisibleAsync(ctx, GlobalId.DecodeGuid(ctx.GetArgument<string>("id"), "Customer"), SelectedCustomerParts.OfCustomerField(ctx)))
            .RequirePermission(CustomersModule.ReadPermission);

        var customers = schema.Query.Connection<CustomerGraphType, Customer>("customers")
            .Description("Customers, filtered, alphabetical unless orderBy says otherwise (Cyrillic and Latin alike); keyset-paged both ways (first/after, last/before).")
            .Sortable(
                new SortField("NAME", "nameKey", "Alphabetical, case and alphabet folded (Cyrillic and Latin alike)."),
                new SortField("CREATED_AT", "createdAt", "When the customer was entered."),
                new SortField("UPDATED_AT", "updatedAt", "When the customer was last changed."),
                new SortField("STATUS", "status", "PROSPECT, ACTIVE, INACTIVE, LOST."))
            .OrderBy("nameKey")
            .MaxPageSize(SearchCustomers.MaxPageSize)
            .Resolve(ctx => Service<SearchCustomers>(ctx).Query(ctx.GetArgument<CustomerFilter?>("filter") ?? new CustomerFilter(), SelectedCustomerParts.OfConnectionField(ctx)));
        customers.FieldType.Arguments!.Add(new QueryArgument<CustomerSearchFilterGraphType> { Name = "filter" });
        customers.FieldType.RequirePermission(CustomersModule.ReadPermission);

        var withoutContact = schema.Query.Connection<CustomerGraphType, Customer>("customersWithoutContact")
            .Description("Customers nobody contacted since the given moment (by contact kinds, any kind when none given), optionally of one manager; archived ones excluded. Answered from last-contact figures kept current on every write.");
        withoutContact.FieldType.Arguments!.Add(new QueryArgument<NonNullGraphType<DateTimeOffsetGraphType>> { Name = "since" });
        withoutContact.FieldType.Arguments.Add(new QueryArgument<ListGraphType<NonNullGraphType<StringGraphType>>> { Name = "kinds" });
        withoutContact.FieldType.Arguments.Add(new QueryArgument<StringGraphType> { Name = "manager", Description = "User id of the responsible manager." });
        withoutContact.FieldType.Resolver = new FuncFieldResolver<object>(async ctx => await ResolveWithoutContactAsync(ctx));
        withoutContact.FieldType.RequirePermission(CustomersModule.ReadPermission);

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
            CustomerPayload.From(await Service<CreateCustomer>(ctx).HandleAsync(input.Customer, Actor(ctx), ctx.CancellationToken)))
            .RequirePermission(CustomersModule.WritePermission);
        schema.Mutation.PayloadField<UpdateCustomerInputGraphType, UpdateCustomerInput, CustomerPayloadGraphType>("updateCustomer", async (ctx, input) =>
        {
            var id = GlobalId.DecodeGuid(input.Id, "Customer");
            return await OutOfReachAsync(ctx, id) is { } missing
                ? missing
                : CustomerPayload.From(await Service<UpdateCustomer>(ctx).HandleAsync(id, input.Version, input.Customer, ctx.CancellationToken));
        }).RequirePermission(CustomersModule.WritePermission);
        schema.Mutation.PayloadField<ArchiveCustomerInputGraphType, ArchiveCustomerInput, CustomerPayloadGraphType>("archiveCustomer", async (ctx, input) =>
        {
            var id = GlobalId.DecodeGuid(input.Id, "Customer");
            return await OutOfReachAsync(ctx, id) is { } missing
                ? missing
                : CustomerPayload.From(await Service<ArchiveCustomer>(ctx).HandleAsync(id, input.Version, Actor(ctx), ctx.CancellationToken));
        }).RequirePermission(CustomersModule.WritePermission);
    }

    /// <summary>The customer when it exists and the current user's record access reaches it; otherwise null.</summary>
    private static async Task<Customer?> FindVisibleAsync(IResolveFieldContext ctx, Guid id, CustomerParts parts = CustomerParts.All)
    {
        var customer = await Service<GetCustomer>(ctx).HandleAsync(id, parts, ctx.CancellationToken);
        return customer is not null && User(ctx).CanAccess(CustomersModule.Id, customer.ManagerId) ? customer : null;
    }

    /// <summary>The very payload a missing customer gets, when the customer exists but is outside the user's reach.</summary>
    private static async Task<CustomerPayload?> OutOfReachAsync(IResolveFieldContext ctx, Guid id)
    {
        var customer = await Service<GetCustomer>(ctx).HandleAsync(id, ctx.CancellationToken);
        return customer is not null && !User(ctx).CanAccess(CustomersModule.Id, customer.ManagerId)
            ? CustomerPayload.From(ContractResult<Customer>.Failure(CustomerErrors.NotFound(id)))
            : null;
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
        var user = User(ctx);
        var customers = (await Service<GetCustomers>(ctx).HandleAsync(page.Items.Select(i => i.CustomerId).ToList(), ctx.CancellationToken))
            .Where(c => user.CanAccess(CustomersModule.Id, c.Value.ManagerId))
            .ToDictionary(c => c.Key, c => c.Value);
        var edges = page.Items.Where(i => customers.ContainsKey(i.CustomerId)).Select(i => new ConnectionEdge<Customer>(i.Cursor, customers[i.CustomerId])).ToList();
        var info = new PageInfo { HasNextPage = page.HasNextPage, HasPreviousPage = request.After is not null, StartCursor = edges.FirstOrDefault()?.Cursor, EndCursor = page.Items.LastOrDefault()?.Cursor };
        return new ConnectionPage<Customer>(edges, info, token => mediator.Send(new CountCustomersWithoutContact(since, kinds, manager), token));
    }

    private static T Service<T>(IResolveFieldContext ctx)
        where T : notnull => ctx.RequestServices!.GetRequiredService<T>();

    private static ICurrentUser User(IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<ICurrentUser>();

    private static string Actor(IResolveFieldContext ctx) => User(ctx).Id;
}
