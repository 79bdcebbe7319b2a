using Crm.Modules.Customers.Domain;
using Crm.Modules.Customers.UseCases;
using Crm.Sdk.Contracts.Seeding;

namespace Crm.Modules.Customers.Seeding;

/// <summary>The clients of the demo company: a regional newspaper's advertisers, in Russian and English.</summary>
internal static class DemoCustomers
{
    public static IReadOnlyList<(string? Role, CustomerInput Input)> All { get; } =
    [
        (DemoCast.LoyalAdvertiser, new CustomerInput
        {
            Name = "ООО «Мебельный двор»", TaxId = "7701234567", Phones = ["+7 (495) 123-45-67"], Emails = ["reklama@mebeldvor.ru"],
            Addresses = ["Москва, ул. Лесная, 12"], Tags = ["газета", "постоянный"], Status = CustomerStatus.Active, Source = "Звонок", ManagerId = DemoCast.HeadOfSales,
            Contacts = [new ContactInput("Сергей Иванович Кузнецов", "Директор по маркетингу", "8 495 123 45 68", "kuznetsov@mebeldvor.ru")],
        }),
        (DemoCast.NewAdvertiser, new CustomerInput
        {
            Name = "Fresh Bakery Ltd", Phones = ["+44 20 7946 0958"], Emails = ["marketing@freshbakery.co.uk"], Website = "freshbakery.co.uk",
            Tags = ["newspaper"], Status = CustomerStatus.Prospect, Source = "Website", ManagerId = DemoCast.NewColleague,
            Contacts = [new ContactInput("Olivia Brown", "Owner", "+44 20 7946 0959", "olivia@freshbakery.co.uk")],
        }),
        (null, new CustomerInput
        {
            Name = "Автосалон «Север»", TaxId = "7812345678", Phones = ["+7 812 555-01-02"], Emails = ["info@sever-auto.ru"], Tags = ["газета", "радио"],
            Status = CustomerStatus.Active, Source = "Выставка", ManagerId = DemoCast.HeadOfSales,
        }),
        (null, new CustomerInput
        {
            Name = "Аптека «Здоровье»", Phones = ["8 (495) 765-43-21"], Emails = ["zakaz@zdorovie-apteka.ru"], Tags = ["газета"],
            Status = CustomerStatus.Active, Source = "Рекомендация", ManagerId = DemoCast.NewColleague,
        }),
        (null, new CustomerInput
        {
            Kind = CustomerKind.Person, Name = "Анна Петровна Смирнова", Phones = ["+7 916 111-22-33"], Emails = ["anna.smirnova@mail.ru"],
            Tags = ["частное объявление"], Status = CustomerStatus.Inactive, ManagerId = DemoCast.NewColleague,
        }),
        (null, new CustomerInput
        {
            Name = "Northwind Travel", Phones = ["+1 (425) 555-0100"], Emails = ["ads@northwind.example"], Website = "northwind.example",
            Tags = ["online", "newspaper"], Status = CustomerStatus.Active, Source = "Referral", ManagerId = DemoCast.AccountManager,
        }),
        (null, new CustomerInput
        {
            Name = "Contoso Books", Phones = ["+1 206 555 0199"], Emails = ["hello@contoso-books.example"], Tags = ["online"],
            Status = CustomerStatus.Prospect, Source = "Cold call", ManagerId = DemoCast.AccountManager,
        }),
        (null, new CustomerInput
        {
            Name = "Строительная компания «Фундамент»", TaxId = "5001122334", Phones = ["+7 (496) 222-33-44"], Emails = ["pr@fundament.ru"],
            Tags = ["газета", "наружная реклама"], Status = CustomerStatus.Lost, Source = "Звонок", ManagerId = DemoCast.HeadOfSales,
        }),
        (null, new CustomerInput
        {
            Kind = CustomerKind.Person, Name = "James Miller", Phones = ["+44 7700 900123"], Emails = ["james.miller@example.co.uk"],
            Tags = ["classifieds"], Status = CustomerStatus.Active, ManagerId = DemoCast.AccountManager,
        }),
        (null, new CustomerInput
        {
            Name = "Кафе «Ёлочка»", Phones = ["8 495 300 40 50"], Emails = ["kafe-elochka@yandex.ru"], Tags = ["газета"],
            Status = CustomerStatus.Prospect, Source = "Сайт", ManagerId = DemoCast.NewColleague,
        }),
    ];
}
