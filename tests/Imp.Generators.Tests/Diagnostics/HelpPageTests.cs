using System.IO;
using System.Linq;
using System.Reflection;
using Imp.Generators.Diagnostics;
using Imp.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Shouldly;
using Xunit;

namespace Imp.Generators.Tests.Diagnostics;

/// <summary>Every descriptor links to its page in the repository, and the page says what, why, how to fix, before and after.</summary>
public sealed class HelpPageTests
{
    private static readonly DiagnosticDescriptor[] Descriptors = typeof(DiagnosticDescriptors)
        .GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
        .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
        .Select(field => (DiagnosticDescriptor)field.GetValue(null)!)
        .ToArray();

    [Fact]
    public void Every_descriptor_links_to_its_page_and_the_page_has_every_section()
    {
        Descriptors.ShouldNotBeEmpty();
        foreach (DiagnosticDescriptor descriptor in Descriptors)
        {
            descriptor.HelpLinkUri.ShouldBe($"{HelpLinks.Repository}/blob/main/docs/diagnostics/{descriptor.Id}.md");
            string path = Path.Combine(RepoPaths.Root, "docs", "diagnostics", descriptor.Id + ".md");
            File.Exists(path).ShouldBeTrue($"{descriptor.Id} has no help page at {path}.");

            string page = File.ReadAllText(path);
            page.ShouldStartWith($"# {descriptor.Id}: {descriptor.Title}\n", customMessage: descriptor.Id);
            page.ShouldContain($"| {descriptor.DefaultSeverity} |", customMessage: descriptor.Id);
            foreach (string section in new[] { "## What", "## Why", "## How to fix", "## Before", "## After" })
            {
                page.ShouldContain("\n" + section + "\n", customMessage: $"{descriptor.Id} lacks '{section}'.");
            }
        }
    }

    [Fact]
    public void The_index_lists_every_page()
    {
        string index = RepoPaths.ReadSource("docs/diagnostics/README.md");
        foreach (DiagnosticDescriptor descriptor in Descriptors)
        {
            index.ShouldContain($"[{descriptor.Id}]({descriptor.Id}.md)");
        }
    }
}
