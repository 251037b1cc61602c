using Msp.Application.Common.Results;
using Msp.Application.Common.Security;
using Msp.Application.RealEstate;
using Msp.Application.RealEstate.FlatDelete;
using Msp.Domain.Accounts;
using Msp.UnitTests.Support;

namespace Msp.UnitTests.RealEstate;

/// <summary>flatDelete (spec 6.10, ADR 20): the guarded delete's three outcomes, within the caller's reach.</summary>
public sealed class FlatDeleteCommandHandlerTests
{
    private readonly IFlatRepository _flats = Substitute.For<IFlatRepository>();

    [Theory]
    [InlineData(FlatDeletion.Deleted, 200, """{"msg":"ok"}""")]
    [InlineData(FlatDeletion.Occupied, 403, """{"msg":"No address found "}""")]
    [InlineData(FlatDeletion.Missing, 404, """{"error":"No flat found"}""")]
    public async Task Each_outcome_of_the_delete_has_its_documented_answer(FlatDeletion outcome, int status, string body)
    {
        _flats.DeleteAsync(2, 2, Arg.Any<CancellationToken>()).Returns(outcome);

        var result = await Handle(TestData.CallerAs(Role.PartnerAdmin, 921, partnerId: 2));

        if (status == 200)
        {
            WireAssert.Success(result, body);
        }
        else
        {
            WireAssert.Failure(result, status, body);
        }
    }

    [Fact]
    public async Task The_msp_admin_deletes_within_every_BP()
    {
        _flats.DeleteAsync(2, null, Arg.Any<CancellationToken>()).Returns(FlatDeletion.Deleted);

        WireAssert.Success(await Handle(TestData.CallerAs(Role.MspAdmin, 1)), """{"msg":"ok"}""");
    }

    private Task<Result<MessageResponse>> Handle(Caller caller) =>
        new FlatDeleteCommandHandler(TestData.ContextOf(caller), _flats).Handle(new FlatDeleteCommand(TestData.Id(2)), CancellationToken.None);
}
