using System.Threading;
using Imp.Generators.Incremental;
using Imp.Generators.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace Imp.Generators.Tests.Incremental;

/// <summary>What a file's skeleton keeps (whatever can change what a name means elsewhere) and what it leaves out.</summary>
public sealed class DeclarationSkeletonTests
{
    private const string Original = """
        using System;
        using Imp;

        namespace App.Services
        {
            /// <summary>A service.</summary>
            [Serializable]
            public sealed partial class Service<T> : IDisposable where T : class
            {
                public const int Limit = 10;
                private int _count = 1;
                public Service() { _count = 2; }
                public int Count => _count;
                public string Name { get; set; } = "service";
                public event EventHandler? Changed;
                public void Dispose() { }
                public int Twice(int value) { return value * 2; }
                public sealed record Entry(string Key, int Value = 0);
                public enum Mode { On, Off = 4 }
                public delegate void Handler(int value);
            }
        }
        """;

    public static TheoryData<string, string, string> OutsideTheSkeleton => new()
    {
        { "a method added", "public void Dispose() { }", "public void Dispose() { }\n public int Added() => 1;" },
        { "a method body", "return value * 2;", "return value * 3;" },
        { "a constructor body", "_count = 2;", "_count = 3;" },
        { "a property", "public int Count => _count;", "public int Count => _count + 1;\n public int Other { get; }" },
        { "a property initializer", "= \"service\";", "= \"other\";" },
        { "a field", "private int _count = 1;", "private int _count = 1, _other;" },
        { "an event", "public event EventHandler? Changed;", "public event EventHandler? Changed, Closed;" },
        { "a doc comment", "/// <summary>A service.</summary>", "/// <summary>Another service.</summary>" },
        { "white space between members", "public const int Limit = 10;", "\n\n    public const int Limit = 10;" },
        { "a constant", "public const int Limit = 10;", "public const int Limit = 11;\n public const string Name = \"x\";" },
        { "an enum member", "Off = 4", "Off = 5, Standby" },
    };

    public static TheoryData<string, string, string> InTheSkeleton => new()
    {
        { "a using", "using Imp;", "using Imp;\nusing System.Text;" },
        { "an alias", "using Imp;", "using Imp;\nusing Renamed = Imp.WireNameAttribute;" },
        { "the namespace", "namespace App.Services", "namespace App.Other" },
        { "a type's attribute", "[Serializable]", "[Obsolete]" },
        { "a type's modifiers", "public sealed partial class", "internal sealed partial class" },
        { "a type's name", "class Service<T>", "class Server<T>" },
        { "a base type", ": IDisposable where", ": IDisposable, ICloneable where" },
        { "a constraint", "where T : class", "where T : class, new()" },
        { "a record's parameters", "Entry(string Key, int Value = 0)", "Entry(string Key, long Value = 0)" },
        { "a delegate", "Handler(int value)", "Handler(long value)" },
        { "an enum's underlying type", "enum Mode {", "enum Mode : byte {" },
        { "an enum's attribute", "public enum Mode", "[Imp.WireEnum] public enum Mode" },
        { "a nested type", "public delegate void Handler(int value);", "public delegate void Handler(int value);\n public interface IAdded { }" },
        { "an assembly attribute", "using Imp;", "using Imp;\n[assembly: System.CLSCompliant(false)]" },
        { "an extern alias", "using System;", "extern alias Other;\nusing System;" },
        { "an extern alias in a namespace", "namespace App.Services\n{", "namespace App.Services\n{\n    extern alias Other;" },
        { "a using in a namespace", "namespace App.Services\n{", "namespace App.Services\n{\n    using System.Text;" },
        { "a type moved out of its container", "        public delegate void Handler(int value);\n    }", "    }\n        public delegate void Handler(int value);" },
        { "a type moved out of its namespace", "    }\n}", "    }\n}\npublic sealed class Outside { }" },
    };

    [Theory]
    [MemberData(nameof(OutsideTheSkeleton))]
    public void An_edit_outside_the_declarations_keeps_the_skeleton(string edit, string before, string after)
    {
        string edited = Edited(before, after);

        Skeleton(edited).ShouldBe(Skeleton(Original), edit);
    }

    [Theory]
    [MemberData(nameof(InTheSkeleton))]
    public void An_edit_to_a_declaration_changes_the_skeleton(string edit, string before, string after)
    {
        string edited = Edited(before, after);

        Skeleton(edited).ShouldNotBe(Skeleton(Original), edit);
    }

    [Fact]
    public void A_file_scoped_namespace_and_top_level_statements_are_read()
    {
        string withStatements = "using Imp;\nnamespace App;\npublic enum Mode { On }\n";

        Skeleton(withStatements).ShouldContain("namespace App");
        Skeleton(withStatements).ShouldContain("public enum Mode");
        Skeleton(withStatements).ShouldNotContain("On");
        Skeleton("System.Console.WriteLine(1);\nclass C { }").ShouldBe(Skeleton("System.Console.WriteLine(2);\nclass C { }"));
    }

    [Fact]
    public void A_positional_record_without_a_body_keeps_its_whole_declaration()
    {
        Skeleton("public sealed record Point(int X, int Y);").ShouldContain("public sealed record Point(int X, int Y);");
        Skeleton("public sealed record Point(int X, int Y);").ShouldNotBe(Skeleton("public sealed record Point(int X, long Y);"));
    }

    [Fact]
    public void A_type_moved_out_of_its_namespace_is_a_different_skeleton()
    {
        string inside = "namespace App { public class A { } public class B { } }";
        string outside = "namespace App { public class A { } } public class B { }";

        Skeleton(outside).ShouldNotBe(Skeleton(inside));
    }

    [Fact]
    public void A_cancelled_walk_throws_and_leaves_nothing_behind()
    {
        var tree = TestCompilation.Parse(Original, "Service.cs");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Should.Throw<System.OperationCanceledException>(() => DeclarationSkeleton.Of(tree, cancelled.Token));

        DeclarationSkeleton.Of(tree, CancellationToken.None).ShouldBe(Skeleton(Original));
    }

    [Fact]
    public void The_skeleton_is_made_once_per_tree()
    {
        var tree = TestCompilation.Parse(Original, "Service.cs");

        DeclarationSkeleton.Of(tree, CancellationToken.None).ShouldBeSameAs(DeclarationSkeleton.Of(tree, CancellationToken.None));
    }

    private static string Edited(string before, string after)
    {
        Original.ShouldContain(before);
        return Original.Replace(before, after);
    }

    private static string Skeleton(string source) =>
        DeclarationSkeleton.Of(TestCompilation.Parse(source, "Service.cs"), CancellationToken.None);
}
