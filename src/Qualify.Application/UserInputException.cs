namespace Qualify.Application;

/// <summary>
/// Input that a user can fix (a bad date, an option out of range, a store not yet imported). Front ends show the
/// message as one line and exit with code 2.
/// </summary>
public sealed class UserInputException : Exception
{
    /// <summary>Creates the exception with a one-line message.</summary>
    public UserInputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a one-line message and its cause.</summary>
    public UserInputException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
