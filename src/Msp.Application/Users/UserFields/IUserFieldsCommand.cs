namespace Msp.Application.Users.UserFields;

/// <summary>users/register and users/update (spec 6.43, 6.44): one account's fields (<see cref="AccountFields"/>).</summary>
public interface IUserFieldsCommand : ICommand<MessageResponse>, IRestrictedRequest
{
    AccountFields Account { get; }
}
