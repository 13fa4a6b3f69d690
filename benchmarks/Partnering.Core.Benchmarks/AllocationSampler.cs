using System.Diagnostics.Tracing;

namespace Partnering.Core.Benchmarks;

/// <summary>
/// Samples the runtime's allocation ticks (one event about every 100 KB allocated) by type, to see
/// where a phase's allocations go (<c>MAPS_PEAK_ALLOC=1</c>).
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private readonly Dictionary<string, long> _bytes = [];
    private bool _on;

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1); // GC keyword: AllocationTick
        }
    }

    public void Start() => _on = true;

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!_on || e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null)
        {
            return;
        }

        var name = e.PayloadNames!.IndexOf("TypeName") is var i and >= 0 ? e.Payload[i] as string ?? "?" : "?";
        var size = e.PayloadNames.IndexOf("AllocationAmount64") is var j and >= 0 ? Convert.ToInt64(e.Payload[j], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        lock (_bytes)
        {
            _bytes[name] = _bytes.GetValueOrDefault(name) + size;
        }
    }

    public void Print(string phase)
    {
        lock (_bytes)
        {
            Console.WriteLine($"allocations sampled in {phase}:");
            foreach (var (name, bytes) in _bytes.OrderByDescending(p => p.Value).Take(15))
            {
                Console.WriteLine($"  {bytes / (1024.0 * 1024.0),7:0.0} MB  {name}");
            }

            _bytes.Clear();
        }
    }
}
