using System.Collections.Immutable;
using Imp.Generators.Model;
using Shouldly;
using Xunit;

namespace Imp.Generators.Tests.Model;

/// <summary>
/// Pins the value semantics the incremental cache relies on: equality and its operators by the elements in order,
/// a hash that follows the elements (pinned exactly for ints, whose hash is their value), and a default
/// ImmutableArray taken as empty.
/// </summary>
public sealed class EquatableArrayTests
{
    [Fact]
    public void A_default_immutable_array_is_read_as_empty()
    {
        var array = new EquatableArray<int>(default(ImmutableArray<int>));

        array.Count.ShouldBe(0);
        array.ShouldBeEmpty();
        array.ShouldBe(EquatableArray<int>.Empty);
        array.GetHashCode().ShouldBe(EquatableArray<int>.Empty.GetHashCode());
    }

    [Fact]
    public void An_immutable_array_is_copied_element_by_element()
    {
        var array = new EquatableArray<string>(ImmutableArray.Create("a", "b"));

        array.Count.ShouldBe(2);
        array[0].ShouldBe("a");
        array[1].ShouldBe("b");
        array.ShouldBe(new[] { "a", "b" });
        array.Equals(new EquatableArray<string>(new[] { "a", "b" })).ShouldBeTrue();
    }

    [Fact]
    public void The_default_value_is_empty_and_equal_to_an_empty_array()
    {
        EquatableArray<int> unset = default;

        unset.Count.ShouldBe(0);
        unset.ShouldBeEmpty();
        unset.Equals(EquatableArray<int>.Empty).ShouldBeTrue();
        unset.GetHashCode().ShouldBe(EquatableArray<int>.Empty.GetHashCode());
    }

    [Fact]
    public void Arrays_with_the_same_elements_are_equal_with_equal_hashes()
    {
        var left = new EquatableArray<string>(new[] { "execute_tools", "finish" });
        var right = new EquatableArray<string>(ImmutableArray.Create("execute_tools", "finish"));

        left.Equals(right).ShouldBeTrue();
        left.Equals((object)right).ShouldBeTrue();
        (left == right).ShouldBeTrue();
        (left != right).ShouldBeFalse();
        left.GetHashCode().ShouldBe(right.GetHashCode());
    }

    [Theory]
    [InlineData(new[] { 1, 2 }, new[] { 2, 1 })]
    [InlineData(new[] { 1, 2 }, new[] { 1, 2, 3 })]
    [InlineData(new[] { 1, 2 }, new[] { 1 })]
    [InlineData(new[] { 1 }, new int[0])]
    [InlineData(new[] { 0 }, new int[0])]
    public void Arrays_with_other_elements_or_order_are_unequal(int[] left, int[] right)
    {
        var a = new EquatableArray<int>(left);
        var b = new EquatableArray<int>(right);

        a.Equals(b).ShouldBeFalse();
        b.Equals(a).ShouldBeFalse();
        (a == b).ShouldBeFalse();
        (a != b).ShouldBeTrue();
        (b != a).ShouldBeTrue();
    }

    [Fact]
    public void An_array_is_not_equal_to_another_type_or_null()
    {
        var array = new EquatableArray<int>(new[] { 1 });

        array.Equals((object?)null).ShouldBeFalse();
        array.Equals(new[] { 1 }).ShouldBeFalse();
    }

    [Theory]
    [InlineData(new int[0], 17)]
    [InlineData(new[] { 0 }, 527)]
    [InlineData(new[] { 1 }, 528)]
    [InlineData(new[] { 1, 2 }, 16370)]
    [InlineData(new[] { 2, 1 }, 16400)]
    [InlineData(new[] { 1, 2, 3 }, 507473)]
    [InlineData(new[] { -1 }, 526)]
    public void The_hash_combines_the_element_hashes_in_order(int[] items, int expected) =>
        // ((17 * 31 + h0) * 31 + h1) * 31 + ..., and an int's hash is its value.
        new EquatableArray<int>(items).GetHashCode().ShouldBe(expected);

    [Fact]
    public void Null_elements_compare_and_hash_like_any_other()
    {
        // The element type does not allow null, but nothing stops one at run time; it hashes as 0.
        var single = new EquatableArray<string>(new string[] { null! });
        var pair = new EquatableArray<string>(new string[] { null!, "a" });

        single.GetHashCode().ShouldBe(527);
        new EquatableArray<string>(new string[] { null!, null! }).GetHashCode().ShouldBe(16337);
        single.Equals(new EquatableArray<string>(new string[] { null! })).ShouldBeTrue();
        single.Equals(EquatableArray<string>.Empty).ShouldBeFalse();
        pair.Equals(new EquatableArray<string>(new string[] { null!, "a" })).ShouldBeTrue();
        pair.GetHashCode().ShouldBe(new EquatableArray<string>(new string[] { null!, "a" }).GetHashCode());
        pair.Equals(new EquatableArray<string>(new string[] { "a", null! })).ShouldBeFalse();
        (pair != new EquatableArray<string>(new string[] { "a", null! })).ShouldBeTrue();
    }
}
