namespace Imp.Generators.Naming;

/// <summary>What makes an explicit <c>[WireName]</c> acceptable.</summary>
internal static class WireNameRules
{
    /// <summary>
    /// A wire name must be non-empty, carry no leading or trailing white space, no control characters and no lone surrogate:
    /// such names cannot be told apart in logs and JSON, and are almost always a typo.
    /// </summary>
    public static bool IsWellFormed(string? name)
    {
        if (name is null || name.Length == 0)
        {
            return false;
        }

        if (char.IsWhiteSpace(name[0]) || char.IsWhiteSpace(name[name.Length - 1]))
        {
            return false;
        }

        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (char.IsControl(c))
            {
                return false;
            }

            // A lone surrogate has no UTF-8 form, so the name could never be matched on the wire.
            if (char.IsHighSurrogate(c) && (i + 1 == name.Length || !char.IsLowSurrogate(name[++i])))
            {
                return false;
            }

            if (char.IsLowSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }
}
