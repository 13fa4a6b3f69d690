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
