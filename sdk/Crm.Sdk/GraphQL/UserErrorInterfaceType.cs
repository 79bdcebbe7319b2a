using GraphQL.Types;

namespace Crm.Sdk.GraphQL;

/// <summary>
/// The GraphQL <c>UserError</c> interface (<c>code</c>, <c>message</c>, <c>path</c>) every payload error implements.
/// A module's own error kinds implement it with <see cref="UserErrorGraphTypeExtensions.IsUserError{T}"/>.
/// </summary>
public sealed class UserErrorInterfaceType : InterfaceGraphType<IUserError>
{
    /// <summary>Declares the interface.</summary>
    public UserErrorInterfaceType()
    {
        Name = "UserError";
        Description = "A mistake in a mutation's input that the user can fix.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("A stable machine-readable code.");
        Field<NonNullGraphType<StringGraphType>>("message").Description("What went wrong.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("path").Description("The input field the error concerns.");
    }
}

/// <summary>The GraphQL <c>InputError</c> type: the plain <see cref="InputError"/>.</summary>
public sealed class InputErrorType : CrmObjectGraphType<InputError>
{
    /// <summary>Declares the type.</summary>
    public InputErrorType()
    {
        Name = "InputError";
        Description = "A user error without extra data.";
        this.IsUserError();
    }
}

/// <summary>Makes an object type a <c>UserError</c> in one line.</summary>
public static class UserErrorGraphTypeExtensions
{
    /// <summary>
    /// Adds <c>code</c>, <c>message</c> and <c>path</c> and the <c>UserError</c> interface to an error type. Declare the
    /// type with <see cref="ISchemaBuilder.AddType{TGraphType}"/>, since payloads only name the interface.
    /// </summary>
    /// <example>
    /// <code>
    /// public sealed class ResourceConflictType : ObjectGraphType&lt;ResourceConflict&gt;
    /// {
    ///     public ResourceConflictType() { this.IsUserError(); Field(x => x.Holder); }
    /// }
    /// </code>
    /// </example>
    public static ObjectGraphType<T> IsUserError<T>(this ObjectGraphType<T> graphType)
        where T : IUserError
    {
        ArgumentNullException.ThrowIfNull(graphType);
        graphType.Interface<UserErrorInterfaceType>();
        graphType.IsTypeOf = value => value is T;
        graphType.Field<NonNullGraphType<StringGraphType>>("code").Resolve(context => context.Source.Code).ResolvesWithoutServices();
        graphType.Field<NonNullGraphType<StringGraphType>>("message").Resolve(context => context.Source.Message).ResolvesWithoutServices();
        graphType.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("path").Resolve(context => context.Source.Path).ResolvesWithoutServices();
        return graphType;
    }
}
