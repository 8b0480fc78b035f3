namespace Imp.Generators.Parsing;

/// <summary>From where generated top-level code can name a type.</summary>
internal enum TypeReach
{
    /// <summary>From anywhere: the type and every type containing it are public.</summary>
    Public,

    /// <summary>From the same assembly only.</summary>
    Internal,

    /// <summary>Not from a top-level class: the type or a container is private, protected or private protected.</summary>
    Unreachable,

    /// <summary>The type is nested in a generic type, which a non-generic static class cannot name.</summary>
    InGenericType,
}
