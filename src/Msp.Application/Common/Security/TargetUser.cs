namespace Msp.Application.Common.Security;

/// <summary>Per-request holder of the user an <see cref="ITargetUserRequest"/> targets, once the target behavior found it.</summary>
public sealed class TargetUser
{
    private ScopedUser? _user;

    public ScopedUser User
    {
        get => _user ?? throw new InvalidOperationException("This operation is not an ITargetUserRequest, so it has no target user.");
        set => _user = value;
    }
}
