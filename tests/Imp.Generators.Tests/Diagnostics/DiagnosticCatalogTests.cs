using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Imp.Generators.Diagnostics;
using Imp.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Shouldly;
using Xunit;

namespace Imp.Generators.Tests.Diagnostics;

/// <summary>
/// Pins what users read of every Imp diagnostic: each descriptor's id, severity, title, message format and
/// description (an approved snapshot of the whole catalogue), and that none of them is left without a title or a message.
/// </summary>
public sealed class DiagnosticCatalogTests
{
    private static readonly DiagnosticDescriptor[] Descriptors = typeof(DiagnosticDescriptors)
        .GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
        .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
        .Select(field => (DiagnosticDescriptor)field.GetValue(null)!)
        .OrderBy(descriptor => descriptor.Id, System.StringComparer.Ordinal)
        .ToArray();

    [Fact]
    public void Every_descriptor_has_a_unique_id_a_title_a_message_and_the_imp_category()
    {
        Descriptors.ShouldNotBeEmpty();
        Descriptors.Select(d => d.Id).ShouldBeUnique();
        foreach (DiagnosticDescriptor descriptor in Descriptors)
        {
            descriptor.Id.ShouldMatch(@"^IMP\d{4}$");
            Text(descriptor.Title).ShouldNotBeNullOrWhiteSpace(descriptor.Id);
            Text(descriptor.MessageFormat).ShouldNotBeNullOrWhiteSpace(descriptor.Id);
            descriptor.Category.ShouldBe("Imp.Generators", descriptor.Id);
            descriptor.IsEnabledByDefault.ShouldBeTrue(descriptor.Id);
            descriptor.DefaultSeverity.ShouldBeOneOf(DiagnosticSeverity.Error, DiagnosticSeverity.Warning);
        }
    }

    [Fact]
    public void A_title_is_one_line_without_a_closing_full_stop()
    {
        foreach (DiagnosticDescriptor descriptor in Descriptors)
        {
            string title = Text(descriptor.Title);
            title.ShouldNotContain("\n", customMessage: descriptor.Id);
            title.ShouldNotEndWith(".", customMessage: descriptor.Id);
        }
    }

    [Fact]
    public void A_description_when_given_is_a_sentence_of_its_own()
    {
        foreach (DiagnosticDescriptor descriptor in Descriptors.Where(d => Text(d.Description).Length > 0))
        {
            string description = Text(descriptor.Description);
            description.ShouldEndWith(".", customMessage: descriptor.Id);
            description.ShouldNotBe(Text(descriptor.Title), descriptor.Id);
            Regex.IsMatch(description, @"\{\d+\}").ShouldBeFalse(descriptor.Id);
        }
    }

    [Fact]
    public void The_catalogue_matches_the_approved_texts()
    {
        var catalogue = new StringBuilder();
        foreach (DiagnosticDescriptor descriptor in Descriptors)
        {
            catalogue
                .Append(descriptor.Id).Append(' ').Append(descriptor.DefaultSeverity).Append('\n')
                .Append("title: ").Append(Text(descriptor.Title)).Append('\n')
                .Append("message: ").Append(Text(descriptor.MessageFormat)).Append('\n')
                .Append("description:").Append(Text(descriptor.Description) is { Length: > 0 } description ? " " + description : string.Empty)
                .Append("\n\n");
        }

        Snapshot.ShouldMatch(catalogue.ToString(), "Descriptors");
    }

    private static string Text(LocalizableString text) => text.ToString(CultureInfo.InvariantCulture);
}
