namespace Msp.Api.Commands;

/// <summary>A command line the tool cannot run; its message says what is wrong with it.</summary>
internal sealed class UsageException : Exception
{
    public UsageException()
        : this("the command line is not one the tool knows")
    {
    }

    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
