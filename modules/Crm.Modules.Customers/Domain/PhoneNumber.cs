namespace Crm.Modules.Customers.Domain;

/// <summary>
/// Phone numbers reduced to their digits. People type the same number as "+7 (495) 123-45-67",
/// "8 495 123 45 67" or "+74951234567"; searching the digits finds it whatever the formatting.
/// </summary>
public static class PhoneNumber
{
    /// <summary>Fewest digits of a number worth storing (short internal extensions excluded).</summary>
    public const int MinDigits = 5;

    /// <summary>Most digits of a number (E.164 allows 15).</summary>
    public const int MaxDigits = 15;

    /// <summary>The digits of <paramref name="text"/>, in order.</summary>
    public static string DigitsOf(string text) => new(text.Where(char.IsAsciiDigit).ToArray());

    /// <summary>
    /// True when <paramref name="text"/> reads as a phone number: only digits, spaces, '+', '(', ')', '-', '.'
    /// and between <see cref="MinDigits"/> and <see cref="MaxDigits"/> digits.
    /// </summary>
    public static bool IsValid(string text)
    {
        var allowed = text.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '(' or ')' or '-' or '.');
        var digits = text.Count(char.IsAsciiDigit);
        return allowed && digits is >= MinDigits and <= MaxDigits;
    }
}
