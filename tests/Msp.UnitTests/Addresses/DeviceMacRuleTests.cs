using Microsoft.Extensions.Time.Testing;
using Msp.Application.Addresses;
using Msp.Application.Addresses.AddressCreate;
using Msp.Application.Addresses.Fields;
using Msp.Application.Common.Requests;
using Msp.Application.Common.Results;
using Msp.Application.Common.Security;
using Msp.Application.Common.Validation;
using Msp.Domain.Accounts;
using Msp.UnitTests.Support;
using static Msp.UnitTests.Support.ValidationAssert;

namespace Msp.UnitTests.Addresses;

/// <summary>A device MAC belongs to one address and one slot (ADR 26): what addressCreate and addressUpdate refuse, and how.</summary>
public sealed class DeviceMacRuleTests
{
    private readonly AddressFieldsValidator _validator = new();

    [Fact]
    public void One_MAC_for_two_slots_of_a_request_is_bad_parameters_whatever_its_written_form()
    {
        var result = _validator.Validate(Fields() with { IsgMac = WireMac.FromText("aa-bb-cc-00-09-60"), PhoneMac = WireMac.FromText("AA:BB:CC:00:09:60") });

        Assert.Same(ApiError.BadParameters, FirstError(result));
        Assert.Equal(("repeated", "AA:BB:CC:00:09:60"), (result.Errors[0].ErrorCode, result.Errors[0].AttemptedValue));
    }

    [Fact]
    public void A_malformed_MAC_fails_its_own_rule_and_is_compared_with_nothing()
    {
        var result = _validator.Validate(Fields() with { IsgMac = WireMac.FromText("AA:BB:CC"), Smb1Mac = WireMac.FromText("AA:BB:CC") });

        Assert.Same(ApiError.BadParameters, FirstError(result));
        Assert.Equal(["format", "format"], result.Errors.Select(e => e.ErrorCode));
    }

    [Fact]
    public void Different_MACs_for_the_slots_and_the_free_mac_field_are_valid()
    {
        Valid(_validator.Validate(Fields() with
        {
            Mac = WireMac.FromText("AA:BB:CC:00:09:60"),
            IsgMac = WireMac.FromText("AA:BB:CC:00:09:60"),
            Smb1Mac = WireMac.FromText("11:11:22:33:44:99"),
        }));
    }

    [Fact]
    public async Task A_create_whose_MAC_another_address_holds_answers_the_body_of_a_malformed_MAC()
    {
        var addresses = Substitute.For<IAddressRepository>();
        addresses.CreateAsync(default, default!, default, default).ReturnsForAnyArgs((long?)null);
        var target = new TargetUser { User = new ScopedUser(1097, Role.EndUser, 1, AccountStatus.Active, SubscribedToCallerService: false) };
        var handler = new AddressCreateCommandHandler(
            target, addresses, new FakeTimeProvider(new DateTimeOffset(TestData.Now)), Microsoft.Extensions.Options.Options.Create(new AddressesOptions()));

        var result = await handler.Handle(
            new AddressCreateCommand(null, Fields() with { IsgMac = WireMac.FromText("AA:BB:CC:00:09:55") }), CancellationToken.None);

        Assert.Same(AddressesErrors.DeviceMacTaken, result.Error);
        await addresses.Received(1).CountOfAccountAsync(1097, Arg.Any<CancellationToken>());
        Assert.Equal((ApiError.BadParameters.Status, ApiError.BadParameters.Body), (result.Error!.Status, result.Error.Body));
    }

    [Fact]
    public async Task An_account_at_its_address_limit_gets_bad_parameters_and_nothing_is_created()
    {
        var addresses = Substitute.For<IAddressRepository>();
        addresses.CountOfAccountAsync(1097, Arg.Any<CancellationToken>()).Returns(3);
        var target = new TargetUser { User = new ScopedUser(1097, Role.EndUser, 1, AccountStatus.Active, SubscribedToCallerService: false) };
        var handler = new AddressCreateCommandHandler(
            target, addresses, new FakeTimeProvider(new DateTimeOffset(TestData.Now)), Microsoft.Extensions.Options.Options.Create(new AddressesOptions { MaxPerUser = 3 }));

        var result = await handler.Handle(new AddressCreateCommand(null, Fields()), CancellationToken.None);

        Assert.Same(AddressesErrors.TooManyAddresses, result.Error);
        Assert.Equal((ApiError.BadParameters.Status, ApiError.BadParameters.Body), (result.Error!.Status, result.Error.Body));
        await addresses.DidNotReceiveWithAnyArgs().CreateAsync(default, default!, default, default);
    }

    private static AddressFields Fields()
    {
        var constructor = RequestShape.BindingConstructor(typeof(AddressFields));
        return (AddressFields)constructor.Invoke(new object?[constructor.GetParameters().Length]) with { StreetAddress = "Markt", City = "Zug" };
    }
}
