using Crm.Sdk.GraphQL;
using GraphQL.Types;

namespace Crm.Host.GraphQL.Admin;

/// <summary>The codes of the admin mutations' user errors (clients branch on these).</summary>
internal static class ModuleErrorCodes
{
    public const string ModuleNotFound = "MODULE_NOT_FOUND";
    public const string DependentsEnabled = "DEPENDENTS_ENABLED";
    public const string DependenciesNotEnabled = "DEPENDENCIES_NOT_ENABLED";
    public const string ModuleFaulted = "MODULE_FAULTED";
    public const string BuiltInModule = "BUILT_IN_MODULE";
    public const string ModuleEnabled = "MODULE_ENABLED";
    public const string ConfirmationRequired = "CONFIRMATION_REQUIRED";
    public const string OperationRefused = "OPERATION_REFUSED";
}

/// <summary>Disabling or uninstalling was refused because enabled modules depend on the module.</summary>
internal sealed record DependentsEnabledError(string Message, IReadOnlyList<string> Dependents) : IUserError
{
    public string Code => ModuleErrorCodes.DependentsEnabled;

    public IReadOnlyList<string>? Path => ["input", "id"];
}

/// <summary>Enabling was refused because modules it needs are not enabled (and enabling them was not asked for).</summary>
internal sealed record DependenciesNotEnabledError(string Message, IReadOnlyList<string> Dependencies) : IUserError
{
    public string Code => ModuleErrorCodes.DependenciesNotEnabled;

    public IReadOnlyList<string>? Path => ["input", "id"];
}

/// <summary>Uninstalling was refused because the module ships with the host.</summary>
internal sealed record BuiltInModuleError(string Message, string Module) : IUserError
{
    public string Code => ModuleErrorCodes.BuiltInModule;

    public IReadOnlyList<string>? Path => ["input", "id"];
}

/// <summary>The GraphQL <c>DependentsEnabledError</c> type.</summary>
internal sealed class DependentsEnabledErrorGraphType : CrmObjectGraphType<DependentsEnabledError>
{
    public DependentsEnabledErrorGraphType()
    {
        Name = "DependentsEnabledError";
        Description = "Enabled modules depend on this one; disable them first, or ask for a cascade.";
        this.IsUserError();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("dependents").Description("Ids of the enabled modules that depend on it.")
            .Resolve(context => context.Source.Dependents).ResolvesWithoutServices();
    }
}

/// <summary>The GraphQL <c>DependenciesNotEnabledError</c> type.</summary>
internal sealed class DependenciesNotEnabledErrorGraphType : CrmObjectGraphType<DependenciesNotEnabledError>
{
    public DependenciesNotEnabledErrorGraphType()
    {
        Name = "DependenciesNotEnabledError";
        Description = "Modules this one needs are not enabled; enable them first, or ask for withDependencies.";
        this.IsUserError();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("dependencies").Description("Ids of the modules that would have to be enabled too.")
            .Resolve(context => context.Source.Dependencies).ResolvesWithoutServices();
    }
}

/// <summary>The GraphQL <c>BuiltInModuleError</c> type.</summary>
internal sealed class BuiltInModuleErrorGraphType : CrmObjectGraphType<BuiltInModuleError>
{
    public BuiltInModuleErrorGraphType()
    {
        Name = "BuiltInModuleError";
        Description = "The module ships with the host and cannot be uninstalled; disable it instead.";
        this.IsUserError();
        Field<NonNullGraphType<StringGraphType>>("module").Resolve(context => context.Source.Module).ResolvesWithoutServices();
    }
}
