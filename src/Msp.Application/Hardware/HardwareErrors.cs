namespace Msp.Application.Hardware;

/// <summary>The documented failures of the hardware operations (spec 6.7, 6.17, 6.22, 6.38, 6.39; CONTRACT.md §4).</summary>
public static class HardwareErrors
{
    /// <summary>The module's unauthorized body: every hardware operation documents the platform's usual one.</summary>
    public static readonly ApiError Unauthorized = ApiError.UnauthorizedClient;

    /// <summary>checkHardware's 401, with the full stop the spec prints.</summary>
    public static readonly ApiError MissingParameters = ApiError.Msg(401, "Missing parameters.");
}
