using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace Crm.Sdk.GraphQL;

/// <summary>The mutation convention in one line: one non-null <c>input</c> argument, a payload result.</summary>
public static class PayloadFieldExtensions
{
    /// <summary>
    /// Adds a mutation <paramref name="name"/> taking <c>input: TInputGraphType!</c> and returning
    /// <typeparamref name="TPayloadGraphType"/>. The resolver gets the input as <typeparamref name="TInput"/>.
    /// </summary>
    /// <example>
    /// <code>
    /// schema.Mutation.PayloadField&lt;CreateCustomerInputType, CreateCustomerInput, CreateCustomerPayloadType&gt;(
    ///     "createCustomer", (ctx, input) => ctx.RequestServices!.GetRequiredService&lt;CustomerService&gt;().CreateAsync(input))
    ///     .RequirePermission("customers.write");
    /// </code>
    /// </example>
    public static FieldBuilder<object?, object> PayloadField<TInputGraphType, TInput, TPayloadGraphType>(
        this ObjectGraphType mutation,
        string name,
        Func<IResolveFieldContext, TInput, Task<IPayload>> resolve)
        where TInputGraphType : IInputObjectGraphType
        where TPayloadGraphType : IObjectGraphType
    {
        ArgumentNullException.ThrowIfNull(mutation);
        ArgumentNullException.ThrowIfNull(resolve);
        return mutation.Field<NonNullGraphType<TPayloadGraphType>>(name)
            .Argument<NonNullGraphType<TInputGraphType>>("input")
            .ResolveAsync(async context => await resolve(context, context.GetArgument<TInput>("input")).ConfigureAwait(false));
    }
}
