using Autofac;
using Crm.Modules.Customers.Domain;
using Crm.Modules.Customers.Storage;
using Crm.Modules.Customers.UseCases;
using Crm.Modules.History.Tests.Support;
using Crm.Modules.Interactions.Storage;
using Crm.Sdk.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.History.Tests.Customers.UseCases;

public sealed class CreateCustomerTests : IAsyncLifetime
{
    private HistoryHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await HistoryHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Stores_phones_as_typed_and_as_digits_and_the_interactions_module_learns_of_the_customer()
    {
        var created = await _harness.CustomerAsync("ООО «Ромашка»", phones: ["+7 (495) 123-45-67", "8 495 765 43 21"]);

        await using var scope = _harness.BeginRequest();
        var stored = await scope.Resolve<GetCustomer>().HandleAsync(created.Id, CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal(["74951234567", "84957654321"], stored.Phones.OrderBy(p => p.Position).Select(p => p.Digits));
        Assert.Equal("+7 (495) 123-45-67", stored.Phones.Single(p => p.Position == 0).Display);
        Assert.Equal("ооо «ромашка»", stored.NameKey);
        Assert.Equal(1, stored.Version);
        var known = await scope.Resolve<InteractionsDbContext>().KnownCustomers.SingleAsync(k => k.CustomerId == created.Id);
        Assert.Equal("ООО «Ромашка»", known.Name);
        Assert.Equal("manager-1", known.ManagerId);
    }

    [Fact]
    public async Task Invalid_phone_and_email_are_refused_with_typed_errors_naming_the_fields_and_nothing_is_written()
    {
        await using var scope = _harness.BeginRequest();
        var result = await scope.Resolve<CreateCustomer>().HandleAsync(
            new CustomerInput { Name = "Acme Ltd", Phones = ["+44 20 7946 0958", "call me"], Emails = ["sales@acme.co.uk", "not-an-email"] },
            "tester",
            CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e is { Code: ContractErrorCodes.InvalidPhone, Field: "phones[1]" });
        Assert.Contains(result.Errors, e => e is { Code: ContractErrorCodes.InvalidEmail, Field: "emails[1]" });
        Assert.Equal(0, await scope.Resolve<CustomersDbContext>().Customers.CountAsync());
        Assert.Equal(0, await scope.Resolve<InteractionsDbContext>().KnownCustomers.CountAsync());
    }

    [Fact]
    public async Task Custom_attributes_must_be_defined_and_of_their_type()
    {
        await using (var scope = _harness.BeginRequest())
        {
            var defined = await scope.Resolve<DefineCustomAttribute>().HandleAsync("industry", "Industry", AttributeType.Choice, ["Media", "Retail"], CancellationToken.None);
            Assert.True(defined.Succeeded);
        }

        await using (var scope = _harness.BeginRequest())
        {
            var create = scope.Resolve<CreateCustomer>();
            var wrongChoice = await create.HandleAsync(new CustomerInput { Name = "A", Attributes = [new AttributeInput("industry", Text: "Mining")] }, "tester", CancellationToken.None);
            var unknown = await create.HandleAsync(new CustomerInput { Name = "B", Attributes = [new AttributeInput("employees", Number: 5)] }, "tester", CancellationToken.None);
            var right = await create.HandleAsync(new CustomerInput { Name = "C", Attributes = [new AttributeInput("industry", Text: "Media")] }, "tester", CancellationToken.None);

            Assert.Equal("attributes[0]", Assert.Single(wrongChoice.Errors).Field);
            Assert.Contains("No custom attribute 'employees'", Assert.Single(unknown.Errors).Message, StringComparison.Ordinal);
            Assert.True(right.Succeeded);
        }
    }

    [Fact]
    public async Task Contact_people_belong_to_companies_only()
    {
        await using var scope = _harness.BeginRequest();
        var result = await scope.Resolve<CreateCustomer>().HandleAsync(
            new CustomerInput { Name = "Jane Doe", Kind = CustomerKind.Person, Contacts = [new ContactInput("Her assistant")] },
            "tester",
            CancellationToken.None);

        Assert.Equal("contacts", Assert.Single(result.Errors).Field);
    }
}
