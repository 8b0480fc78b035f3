using System;
using System.Collections.Generic;
using System.Globalization;

namespace Imp.Orleans.Demo;

/// <summary>The sample's command line: <c>silo</c>, <c>demo</c> (the default) or <c>bench</c>, and their options.</summary>
public static class FleetCommandLine
{
    /// <summary>The arguments that start a silo of <paramref name="settings"/> (<see cref="SiloProcess"/>).</summary>
    public static IEnumerable<string> SiloArguments(FleetSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        yield return "silo";
        if (settings.Redis is { } redis)
        {
            yield return "--redis";
            yield return redis;
        }

        yield return "--cluster";
        yield return settings.ClusterId;
        yield return "--silo-port";
        yield return settings.SiloPort.ToString(CultureInfo.InvariantCulture);
        yield return "--gateway-port";
        yield return settings.GatewayPort.ToString(CultureInfo.InvariantCulture);
        yield return "--folder";
        yield return settings.Folder;
        yield return "--delay-ms";
        yield return ((int)settings.ModelDelay.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Reads the options after the mode; every option takes a value.</summary>
    /// <exception cref="ArgumentException">An option is unknown or has no value.</exception>
    public static Dictionary<string, string> Options(string[] args, int from, params string[] allowed)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = from; i < args.Length; i += 2)
        {
            if (Array.IndexOf(allowed, args[i]) < 0)
            {
                throw new ArgumentException($"Unknown option '{args[i]}'; this mode takes {string.Join(", ", allowed)}.", nameof(args));
            }

            if (i + 1 >= args.Length)
            {
                throw new ArgumentException($"Option '{args[i]}' needs a value.", nameof(args));
            }

            options[args[i]] = args[i + 1];
        }

        return options;
    }

    /// <summary>The integer option <paramref name="name"/>, or <paramref name="fallback"/>.</summary>
    /// <exception cref="ArgumentException">The value is not a positive integer.</exception>
    public static int Number(Dictionary<string, string> options, string name, int fallback)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.TryGetValue(name, out string? text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value >= 0
            ? value
            : throw new ArgumentException($"Option '{name}' takes a whole number of zero or more; it was '{text}'.", nameof(options));
    }
}
