using GraphQL;
using GraphQL.Types;

namespace Crm.Benchmarks.Http;

/// <summary>The load test's GraphQL schema: <c>customers(first:)</c> over <see cref="LoadCatalog"/>.</summary>
public sealed class LoadSchema : Schema
{
    public LoadSchema(LoadCatalog catalog)
    {
        var query = new ObjectGraphType { Name = "Query" };
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LoadCustomerType>>>>("customers")
            .Argument<IntGraphType>("first")
            .Resolve(c => catalog.Customers.Take(c.GetArgument("first", 20)));
        Query = query;
    }
}

/// <summary>The GraphQL type of <see cref="LoadCustomer"/>.</summary>
public sealed class LoadCustomerType : ObjectGraphType<LoadCustomer>
{
    public LoadCustomerType()
    {
        Name = "Customer";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("email").Resolve(c => c.Source.Email);
        Field<NonNullGraphType<StringGraphType>>("city").Resolve(c => c.Source.City);
        Field<NonNullGraphType<DecimalGraphType>>("revenue").Resolve(c => c.Source.Revenue);
    }
}
