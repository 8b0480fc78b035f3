using System;
using System.Security.Cryptography;

namespace Imp;

/// <summary>
/// New run ids as imp-core makes them: <c>run_</c> and a random (version 4) UUID in 32 lowercase hex digits.
/// </summary>
/// <remarks>
/// The bytes come from the operating system's secure generator, as <see cref="Guid.NewGuid"/>'s do, but 64 ids at a
/// time: on Linux each draw is a read of <c>/dev/urandom</c>, and one system call per run was the largest single cost
/// of a run against a model that answers at once. Each thread draws into a buffer of its own, so no two calls share
/// bytes and none takes a lock.
/// </remarks>
internal static class RunIds
{
    private const string Prefix = "run_";
    private const int IdBytes = 16;
    private const int IdsPerDraw = 64;

    [ThreadStatic]
    private static byte[]? t_random;

    [ThreadStatic]
    private static int t_used;

    /// <summary>A new run id.</summary>
    public static string New()
    {
        byte[] random = t_random ??= new byte[IdBytes * IdsPerDraw];
        if (t_used == 0)
        {
            RandomNumberGenerator.Fill(random);
        }

        int offset = t_used * IdBytes;
        t_used = (t_used + 1) % IdsPerDraw;

        // RFC 9562's version 4 and variant bits, where Guid.NewGuid puts them; the other 122 bits stay random.
        random[offset + 6] = (byte)((random[offset + 6] & 0x0F) | 0x40);
        random[offset + 8] = (byte)((random[offset + 8] & 0x3F) | 0x80);
        return string.Create(Prefix.Length + (IdBytes * 2), (random, offset), static (chars, state) =>
        {
            Prefix.AsSpan().CopyTo(chars);
            ReadOnlySpan<byte> bytes = state.random.AsSpan(state.offset, IdBytes);
            for (int i = 0; i < bytes.Length; i++)
            {
                chars[Prefix.Length + (2 * i)] = LowerHex[bytes[i] >> 4];
                chars[Prefix.Length + (2 * i) + 1] = LowerHex[bytes[i] & 0xF];
            }
        });
    }

    private static ReadOnlySpan<char> LowerHex => "0123456789abcdef";
}
