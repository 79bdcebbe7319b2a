using Autofac;
using Crm.Plugins.Tests.Catalog;
using Crm.Sdk.Contracts.Sales;
using Crm.Sdk.GraphQL;
using Crm.Sdk.Modules;
using MediatR;

[assembly: CrmModule(typeof(CatalogModule))]

namespace Crm.Plugins.Tests.Catalog;

/// <summary>Stands in for crm.sales' product catalog: answers GetProducts from <see cref="CatalogProducts"/>.</summary>
public sealed class CatalogModule : ICrmModule
{
    public ModuleManifest Manifest { get; } = new("test.catalog", "Test catalog (GetProducts stand-in)", new SemanticVersion(1, 0, 0));

    public void ConfigureServices(ContainerBuilder builder) =>
        builder.RegisterType<GetProductsHandler>().As<IRequestHandler<GetProducts, IReadOnlyList<ProductSummary>>>().InstancePerLifetimeScope();

    public void ConfigureSchema(ISchemaBuilder schema)
    {
    }
}

/// <summary>Known ids come back, unknown ones are left out, as the contract says.</summary>
public sealed class GetProductsHandler : IRequestHandler<GetProducts, IReadOnlyList<ProductSummary>>
{
    public Task<IReadOnlyList<ProductSummary>> Handle(GetProducts request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.FromResult<IReadOnlyList<ProductSummary>>(CatalogProducts.All.Where(p => request.ProductIds.Contains(p.Id)).ToList());
    }
}
