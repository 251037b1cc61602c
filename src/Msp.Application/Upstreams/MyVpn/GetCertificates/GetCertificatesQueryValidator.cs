namespace Msp.Application.Upstreams.MyVpn.GetCertificates;

/// <summary>Spec 9.2 documents no failure for Device, so the platform's usual 400s (ADR 6).</summary>
public sealed class GetCertificatesQueryValidator : AbstractValidator<GetCertificatesQuery>
{
    /// <summary>A device's unique identifier, not a document.</summary>
    private const int MaxDeviceLength = 100;

    public GetCertificatesQueryValidator()
    {
        RuleFor(q => q.Device).Present().WithError(ApiError.MissingParameters);
        RuleFor(q => q.Device).Must(device => device is null || (device.Length <= MaxDeviceLength && !device.Any(char.IsControl)))
            .WithErrorCode("device").WithError(ApiError.BadParameters);
    }
}
