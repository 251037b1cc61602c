namespace Msp.Application.Users;

/// <summary>
/// The <c>Users</c> section. users/register and users/update answer a taken username or email with 402 "Bad parameters"
/// (docs/contract.md §3), which tells a partner admin whether an account exists anywhere on the platform; the contract keeps
/// that answer, so a caller gets at most <see cref="TakenAnswersPerHour"/> of them an hour and then the 429 until the
/// hour is over, whatever it sends (ADR 15). 0 turns the limit off.
/// </summary>
public sealed class UsersOptions
{
    public const string Section = "Users";

    public int TakenAnswersPerHour { get; set; } = 20;
}
