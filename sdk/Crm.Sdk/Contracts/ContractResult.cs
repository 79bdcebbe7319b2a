namespace Crm.Sdk.Contracts;

/// <summary>
/// The answer of a contract that may refuse the caller's input: either a <see cref="Value"/> or the
/// <see cref="Errors"/> saying why nothing was written. Check <see cref="Succeeded"/> before reading the value.
/// </summary>
/// <typeparam name="T">What a successful call produces.</typeparam>
public sealed class ContractResult<T>
{
    private readonly T? _value;

    private ContractResult(T? value, IReadOnlyList<ContractError> errors)
    {
        _value = value;
        Errors = errors;
    }

    /// <summary>True when the call did what was asked; <see cref="Errors"/> is then empty.</summary>
    public bool Succeeded => Errors.Count == 0;

    /// <summary>Why the call was refused; empty on success.</summary>
    public IReadOnlyList<ContractError> Errors { get; }

    /// <summary>The result of a successful call.</summary>
    /// <exception cref="InvalidOperationException">The call failed; read <see cref="Errors"/> instead.</exception>
    public T Value => Succeeded
        ? _value!
        : throw new InvalidOperationException($"The call failed ({string.Join(", ", Errors.Select(e => e.Code))}); it has no value.");

    /// <summary>A successful result.</summary>
    public static ContractResult<T> Success(T value) => new(value, []);

    /// <summary>A refusal with at least one error.</summary>
    /// <exception cref="ArgumentException">No error was given.</exception>
    public static ContractResult<T> Failure(IReadOnlyList<ContractError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.Count == 0
            ? throw new ArgumentException("A failure needs at least one error.", nameof(errors))
            : new ContractResult<T>(default, errors);
    }

    /// <summary>A refusal with one error.</summary>
    public static ContractResult<T> Failure(ContractError error) => Failure([error]);
}
