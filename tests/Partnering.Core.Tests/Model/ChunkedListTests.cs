using FsCheck;
using FsCheck.Fluent;
using Partnering.Core.Internal;

namespace Partnering.Core.Tests.Model;

// The loader gathers streamed ties and interactions in a ChunkedList (issue #14: no doubling
// through large arrays); what comes out must be exactly what went in, in order, at every size,
// chunk edges (8,192) included.
public class ChunkedListTests
{
    [Property]
    public Property Gives_back_every_item_in_order()
        => Prop.ForAll(Gen.Choose(0, 40_000).ToArbitrary(), count =>
        {
            var list = new ChunkedList<string>();
            for (var i = 0; i < count; i++)
            {
                list.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            var array = list.ToArray();
            return list.Count == count && array.Length == count
                && Enumerable.Range(0, count).All(i => array[i] == i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        });

    // A checked document tells the loader how many ties to expect; the list must give back exactly
    // what was added whether the hint was right, too small or too large.
    [Property]
    public Property Gives_back_every_item_in_order_whatever_number_was_expected()
        => Prop.ForAll(Gen.Choose(0, 30_000).ToArbitrary(), Gen.Choose(0, 30_000).ToArbitrary(), (count, expected) =>
        {
            var list = new ChunkedList<int>(expected);
            for (var i = 0; i < count; i++)
            {
                list.Add(i);
            }

            var array = list.ToArray();
            return list.Count == count && array.SequenceEqual(Enumerable.Range(0, count));
        });

    [Theory]
    [InlineData(20_000, 20_000)]
    [InlineData(19_999, 20_000)]
    [InlineData(20_001, 20_000)]
    [InlineData(8_193, 8_192)]
    [InlineData(3, 2)]
    public void An_expected_count_near_the_real_one_loses_nothing(int count, int expected)
    {
        var list = new ChunkedList<int>(expected);
        for (var i = 0; i < count; i++)
        {
            list.Add(i);
        }

        Assert.Equal(Enumerable.Range(0, count), list.ToArray());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(8192)]
    [InlineData(8193)]
    [InlineData(16384)]
    [InlineData(16385)]
    public void Chunk_edges_lose_nothing(int count)
    {
        var list = new ChunkedList<int>();
        for (var i = 0; i < count; i++)
        {
            list.Add(i);
        }

        Assert.Equal(Enumerable.Range(0, count), list.ToArray());
    }
}
