using Msp.Application.Upstreams.Docman;

namespace Msp.Application.Upstreams.SwDocman;

/// <summary>SW Docman (spec 10) documents the same bodies as Docman; its operations' default unauthorized body.</summary>
public static class SwDocmanErrors
{
    public static readonly ApiError Unauthorized = DocmanErrors.Unauthorized;
}
