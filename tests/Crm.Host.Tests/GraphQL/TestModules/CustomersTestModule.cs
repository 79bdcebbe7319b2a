using Autofac;
using Crm.Host.Tests.GraphQL.Support;
using Crm.Sdk.GraphQL;
using Crm.Sdk.GraphQL.Connections;
using Crm.Sdk.Modules;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Host.Tests.GraphQL.TestModules;

/// <summary>A customers module as a module author would write it: a Node type, a filterable connection, a mutation with a payload, a subscription.</summary>
internal sealed class CustomersTestModule(TestDatabase database) : ICrmModule
{
    public const string Id = "test.customers";

    public ModuleManifest Manifest { get; } = new(Id, "Test customers", new SemanticVersion(1, 0, 0));

    public void ConfigureServices(ContainerBuilder builder)
    {
        builder.RegisterInstance(new ModuleIdentity(Id));
        builder.Register(_ => new CustomersDb(database.OptionsFor<CustomersDb>(Id))).InstancePerLifetimeScope();
        builder.RegisterType<CustomerEvents>().SingleInstance();
    }

    public void ConfigureSchema(ISchemaBuilder schema)
    {
        schema.AddType<CustomerType>();
        schema.AddType<CustomerStatusType>();
        schema.AddType<ContactPersonType>();
        schema.AddType<SearchResultType>();
        schema.AddType<CustomerRefType>();
        schema.AddNode("Customer", async (ctx, id) => Guid.TryParse(id, out var key) ? await Db(ctx).Customers.FindAsync([key], ctx.CancellationToken) : null);

        schema.Query.Field<CustomerType>("customer")
            .Description("One customer by global id.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx => await Db(ctx).Customers.FindAsync([GlobalId.DecodeGuid(ctx.GetArgument<string>("id"), "Customer")], ctx.CancellationToken));
        schema.Query.Connection<CustomerType, Customer>("customers")
            .Description("Customers, by name unless ordered otherwise.")
            .Filterable().Sortable().OrderBy("name")
            .Resolve(ctx => Db(ctx).Customers.AsNoTracking());
        schema.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchResultType>>>>("search")
            .Description("Customers and contact people whose name contains the text.")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .ResolveAsync(async ctx =>
            {
                var text = ctx.GetArgument<string>("text");
                var customers = await Db(ctx).Customers.AsNoTracking().Where(c => c.Name.Contains(text)).OrderBy(c => c.Name).Take(10).ToListAsync(ctx.CancellationToken);
                return customers.Cast<object>().Append(new ContactPerson("Contact of " + text, "+7 900 000-00-00")).ToList();
            });
        schema.Query.Field<CustomerType>("customerBy")
            .Description("One customer by global id or by e-mail address.")
            .Argument<NonNullGraphType<CustomerRefType>>("ref")
            .ResolveAsync(async ctx =>
            {
                var reference = ctx.GetArgument<Dictionary<string, object?>>("ref");
                return reference.GetValueOrDefault("id") is string id
                    ? await Db(ctx).Customers.FindAsync([GlobalId.DecodeGuid(id, "Customer")], ctx.CancellationToken)
                    : await Db(ctx).Customers.FirstOrDefaultAsync(c => c.Email == (string?)reference["email"], ctx.CancellationToken);
            });
        schema.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CustomerType>>>>("topCustomers")
            .Description("The customers with the most revenue.")
            .Argument<IntGraphType>("limit", arg => arg.DefaultValue = 5)
            .Argument<ListGraphType<NonNullGraphType<CustomerStatusType>>>("statuses", arg => arg.DefaultValue = new List<object> { CustomerStatus.Active })
            .ResolveAsync(async ctx =>
            {
                var statuses = ctx.GetArgument<List<CustomerStatus>>("statuses");
                var rows = await Db(ctx).Customers.AsNoTracking().Where(c => statuses.Contains(c.Status)).ToListAsync(ctx.CancellationToken);
                return rows.OrderByDescending(c => c.Revenue).Take(ctx.GetArgument<int>("limit")).ToList();
            });
        schema.Query.Field<NonNullGraphType<StringGraphType>>("customersModule")
            .Description("Which module's services this field ran with.")
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<ModuleIdentity>().ModuleId);
        schema.Query.Field<IntGraphType>("secretCustomerCount")
            .Description("Needs customers.read.")
            .RequirePermission("customers.read")
            .ResolveAsync(async ctx => await Db(ctx).Customers.CountAsync(ctx.CancellationToken));

        schema.Mutation.PayloadField<CreateCustomerInputType, CreateCustomerInput, CreateCustomerPayloadType>("createCustomer", CreateAsync);

        schema.Subscription.Field<CustomerType>("customerCreated")
            .Description("Each customer created from now on.")
            .ResolveStream(ctx => ctx.RequestServices!.GetRequiredService<CustomerEvents>());
    }

    private static CustomersDb Db(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<CustomersDb>();

    private static async Task<IPayload> CreateAsync(IResolveFieldContext context, CreateCustomerInput input)
    {
        if (string.IsNullOrWhiteSpace(input.Name))
        {
            return new CreateCustomerPayload(null, [new InputError(ErrorCodes.InvalidInput, "A customer needs a name.", ["input", "name"])]);
        }

        var customer = new Customer { Id = Guid.NewGuid(), Name = input.Name.Trim(), Email = input.Email, Status = CustomerStatus.Prospect, CreatedAt = DateTime.UtcNow };
        var db = Db(context);
        db.Customers.Add(customer);
        await db.SaveChangesAsync(context.CancellationToken);
        context.RequestServices!.GetRequiredService<CustomerEvents>().Publish(customer);
        return new CreateCustomerPayload(customer, []);
    }
}

internal enum CustomerStatus
{
    Prospect,
    Active,
    Inactive,
    Lost,
}

internal sealed class Customer : IEntity
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public string? Email { get; set; }

    public CustomerStatus Status { get; set; }

    public DateTime CreatedAt { get; set; }

    public decimal Revenue { get; set; }
}

internal sealed class CustomersDb(DbContextOptions<CustomersDb> options) : DbContext(options)
{
    public DbSet<Customer> Customers => Set<Customer>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Customer>().ToTable("test_customers");
        // SQLite has no decimal ordering; the tests never order by revenue in SQL.
        modelBuilder.Entity<Customer>().Property(c => c.Revenue).HasConversion<double>();
    }
}

internal sealed class CustomerStatusType : EnumerationGraphType<CustomerStatus>
{
    public CustomerStatusType()
    {
        Name = "CustomerStatus";
    }
}

internal sealed class CustomerType : ObjectGraphType<Customer>
{
    public CustomerType()
    {
        this.IsNode("Customer");
        Description = "A company or person the CRM sells to.";
        Field(c => c.Name).Description("The customer's name.");
        Field(c => c.Email, nullable: true).Description("Main e-mail address.");
        Field<NonNullGraphType<CustomerStatusType>>("status").Resolve(ctx => ctx.Source.Status).ResolvesWithoutServices();
        Field(c => c.CreatedAt).Description("When the customer was recorded.");
        Field(c => c.Revenue).Description("Revenue so far.");
        Field<StringGraphType>("legacyCode").Resolve(ctx => "L-" + ctx.Source.Id.ToString("N")[..6]).ResolvesWithoutServices()
            .DeprecationReason("Use id.");
    }
}

internal sealed record ContactPerson(string Name, string Phone);

internal sealed class ContactPersonType : ObjectGraphType<ContactPerson>
{
    public ContactPersonType()
    {
        Name = "ContactPerson";
        Description = "A person at a customer company.";
        Field(p => p.Name);
        Field(p => p.Phone);
        IsTypeOf = value => value is ContactPerson;
    }
}

internal sealed class SearchResultType : UnionGraphType
{
    public SearchResultType()
    {
        Name = "SearchResult";
        Type<CustomerType>();
        Type<ContactPersonType>();
    }
}

internal sealed class CustomerRefType : InputObjectGraphType
{
    public CustomerRefType()
    {
        Name = "CustomerRef";
        Description = "Names one customer, by exactly one of its keys.";
        IsOneOf = true;
        Field<IdGraphType>("id");
        Field<StringGraphType>("email");
    }
}

internal sealed record CreateCustomerInput(string Name, string? Email);

internal sealed class CreateCustomerInputType : InputObjectGraphType<CreateCustomerInput>
{
    public CreateCustomerInputType()
    {
        Name = "CreateCustomerInput";
        Field(x => x.Name);
        Field(x => x.Email, nullable: true);
    }
}

internal sealed record CreateCustomerPayload(Customer? Customer, IReadOnlyList<IUserError> Errors) : IPayload;

internal sealed class CreateCustomerPayloadType : PayloadGraphType<CreateCustomerPayload>
{
    public CreateCustomerPayloadType()
    {
        Name = "CreateCustomerPayload";
        Field<CustomerType>("customer").Resolve(ctx => ctx.Source.Customer).ResolvesWithoutServices();
    }
}

/// <summary>A minimal event hub: each created customer goes to every current subscriber.</summary>
internal sealed class CustomerEvents : IObservable<Customer>
{
    private readonly Lock _gate = new();
    private readonly List<IObserver<Customer>> _observers = [];

    public IDisposable Subscribe(IObserver<Customer> observer)
    {
        lock (_gate)
        {
            _observers.Add(observer);
        }

        return new Unsubscribe(this, observer);
    }

    public void Publish(Customer customer)
    {
        IObserver<Customer>[] observers;
        lock (_gate)
        {
            observers = [.. _observers];
        }

        foreach (var observer in observers)
        {
            observer.OnNext(customer);
        }
    }

    private sealed class Unsubscribe(CustomerEvents events, IObserver<Customer> observer) : IDisposable
    {
        public void Dispose()
        {
            lock (events._gate)
            {
                events._observers.Remove(observer);
            }
        }
    }
}
