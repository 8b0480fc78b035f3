using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Imp.Generators.WireUnions;

/// <summary>Readable, unique names for the converter's static fields.</summary>
internal sealed class WireFieldNames
{
    private readonly Dictionary<string, string> _discriminators = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, string> _properties = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, string> _converters = new(System.StringComparer.Ordinal);
    private readonly HashSet<string> _taken = new(System.StringComparer.Ordinal);

    public WireFieldNames(WireUnionModel model)
    {
        Tag = Unique("s_tag");
        Content = Unique("s_content");
        foreach (WireVariantModel variant in model.Variants)
        {
            _discriminators[variant.WireName] = Unique("s_type_" + Sanitize(variant.WireName));
            foreach (WireFieldModel field in variant.Fields)
            {
                if (!_properties.ContainsKey(field.WireName))
                {
                    _properties[field.WireName] = Unique("s_name_" + Sanitize(field.WireName));
                }

                if (field.Converter is { } converter && !_converters.ContainsKey(converter))
                {
                    string[] parts = converter.Replace("global::", string.Empty).Split('.');
                    // Stryker disable once Equality : equivalent — a union's converter is always `{union}.WireConverter`, so a last part "WireConverter" never stands alone.
                    string simple = parts[parts.Length - 1] == "WireConverter" && parts.Length > 1
                        ? parts[parts.Length - 2] + "Converter"
                        : parts[parts.Length - 1];
                    _converters[converter] = Unique("s_" + Sanitize(simple));
                }
            }
        }
    }

    /// <summary>The static field holding the tag property's encoded name.</summary>
    public string Tag { get; }

    /// <summary>The static field holding the content property's encoded name.</summary>
    public string Content { get; }

    public IEnumerable<(string Field, string WireName)> Discriminators => _discriminators.Select(p => (p.Value, p.Key));

    public IEnumerable<(string Field, string WireName)> Properties => _properties.Select(p => (p.Value, p.Key));

    public IEnumerable<(string Field, string Converter)> Converters => _converters.Select(p => (p.Value, p.Key));

    public string Discriminator(WireVariantModel variant) => _discriminators[variant.WireName];

    public string Property(string wireName) => _properties[wireName];

    public string Converter(string converter) => _converters[converter];

    private static string Sanitize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            builder.Append(char.IsLetterOrDigit(c) || c == '_' ? c : '_');
        }

        return builder.ToString();
    }

    private string Unique(string name)
    {
        string candidate = name;
        for (int i = 2; !_taken.Add(candidate); i++)
        {
            candidate = name + "_" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }
}
