namespace Qualify.Application;

/// <summary>What kind of answer a <see cref="UserInputException"/> gives: the web maps each to its HTTP status (docs/web.md).</summary>
public enum UserInputKind
{
    /// <summary>A value the user can correct: a bad date, an option out of range, a fix that names no fixture.</summary>
    Invalid,

    /// <summary>A well-formed request for a case the engine does not answer (a tie-breaker chain the solver does not encode).</summary>
    Unsupported,

    /// <summary>A well-formed request that needs data the store does not hold yet (a history-sourced competition before an import).</summary>
    MissingData,
}

/// <summary>
/// Input that a user can fix (a bad date, an option out of range, a store not yet imported). Front ends show the
/// message as one line: the CLI exits with code 2, the web answers with a problem-details document.
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

    /// <summary>What kind of answer this is; <see cref="UserInputKind.Invalid"/> unless created by <see cref="Unsupported"/> or <see cref="MissingData"/>.</summary>
    public UserInputKind Kind { get; private init; }

    /// <summary>A well-formed request for a case the engine does not answer, with a one-line message saying which and why.</summary>
    public static UserInputException Unsupported(string message) => new(message) { Kind = UserInputKind.Unsupported };

    /// <summary>A well-formed request that needs data the store does not hold yet, with a one-line message saying how to add it.</summary>
    public static UserInputException MissingData(string message) => new(message) { Kind = UserInputKind.MissingData };
}
