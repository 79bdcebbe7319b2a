using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Execution;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace Crm.Host.GraphQL.Execution;

/// <summary>
/// Calls GraphQL.NET's own (internal) <c>ReadonlyResolveFieldContext.Reset</c>, the method its execution strategy uses
/// to reuse one context across fields, so a reused context is cleared exactly as GraphQL.NET clears it. Bound by name
/// to GraphQL 8.8.x; a version without it fails the host's execution tests at the first query, not silently.
/// </summary>
internal static class ResolveFieldContextReset
{
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "Reset")]
    public static extern ReadonlyResolveFieldContext Reset(ReadonlyResolveFieldContext context, ExecutionNode? node, ExecutionContext? executionContext);
}
