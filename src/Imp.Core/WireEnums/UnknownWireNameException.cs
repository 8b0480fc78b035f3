using System;
using System.Collections.Generic;

namespace Imp;

/// <summary>A text that is not a wire name of the enum it was parsed as.</summary>
public sealed class UnknownWireNameException : FormatException
{
    /// <summary>Creates the exception; the message names the enum, the value and the allowed names.</summary>
    /// <param name="enumType">The enum that was parsed.</param>
    /// <param name="value">The text that matched no wire name.</param>
    /// <param name="allowedNames">The wire names the enum accepts.</param>
    public UnknownWireNameException(Type enumType, string value, IReadOnlyList<string> allowedNames)
        : base(WireEnumErrors.DescribeUnknown(enumType, value, allowedNames))
    {
        EnumType = enumType;
        Value = value;
        AllowedNames = allowedNames;
    }

    /// <summary>The enum that was parsed.</summary>
    public Type EnumType { get; }

    /// <summary>The text that matched no wire name.</summary>
    public string Value { get; }

    /// <summary>The wire names the enum accepts, in declaration order.</summary>
    public IReadOnlyList<string> AllowedNames { get; }
}
