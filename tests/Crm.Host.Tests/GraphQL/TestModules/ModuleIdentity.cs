namespace Crm.Host.Tests.GraphQL.TestModules;

/// <summary>Registered in each test module's own scope, so a resolver can show whose services it received.</summary>
internal sealed record ModuleIdentity(string ModuleId);
