using Crm.Modules.Customers.Domain;

namespace Crm.Modules.History.Tests.Customers.Domain;

public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("+7 (495) 123-45-67", "74951234567")]
    [InlineData("8 495 123 45 67", "84951234567")]
    [InlineData("+74951234567", "74951234567")]
    [InlineData("020.7946.0958", "02079460958")]
    public void Digits_are_what_remains_of_any_formatting(string typed, string digits)
    {
        Assert.True(PhoneNumber.IsValid(typed));
        Assert.Equal(digits, PhoneNumber.DigitsOf(typed));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1234")]
    [InlineData("call me maybe")]
    [InlineData("+7 495 123 45 67 ext 5")]
    [InlineData("1234567890123456")]
    public void Text_that_cannot_be_dialled_is_invalid(string typed) => Assert.False(PhoneNumber.IsValid(typed));
}
