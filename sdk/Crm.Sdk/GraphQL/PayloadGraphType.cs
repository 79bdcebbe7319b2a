using GraphQL.Types;

namespace Crm.Sdk.GraphQL;

/// <summary>
/// Base for a mutation payload type: adds <c>errors: [UserError!]!</c>; the subclass adds its data fields.
/// </summary>
/// <typeparam name="TPayload">The payload object the resolver returns.</typeparam>
/// <example>
/// <code>
/// public sealed class CreateCustomerPayloadType : PayloadGraphType&lt;CreateCustomerPayload&gt;
/// {
///     public CreateCustomerPayloadType() { Name = "CreateCustomerPayload"; Field&lt;CustomerType&gt;("customer"); }
/// }
/// </code>
/// </example>
public abstract class PayloadGraphType<TPayload> : CrmObjectGraphType<TPayload>
    where TPayload : IPayload
{
    /// <summary>Adds the <c>errors</c> field.</summary>
    protected PayloadGraphType()
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorInterfaceType>>>>("errors")
            .Description("The user's mistakes; empty when the mutation succeeded. Nothing was written when it is not empty.")
            .Resolve(context => context.Source.Errors)
            .ResolvesWithoutServices();
    }
}
