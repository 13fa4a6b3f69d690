using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using CsvHelper;
using Partnering.Core.Spreadsheets;

namespace Partnering.Core.Benchmarks;

/// <summary>
/// Importing a chapter's spreadsheets (10,000 partners and 100,000 interactions, made in memory
/// with a fixed seed) into an empty workspace, against CsvHelper reading the same files into plain
/// records. Target: Ratio at most 2.
/// </summary>
[MemoryDiagnoser]
public class SpreadsheetImportBenchmarks
{
    private static readonly string[] Kinds = ["organization", "individual"];
    private static readonly string[] Natures = ["nonpartisan", "partisan", "electoral"];
    private static readonly string[] Issues = ["climate", "health-care", "housing", "labor", "education"];
    private static readonly string[] InteractionKinds = ["meeting", "oneOnOne", "alertShared", "eventCoPromoted", "eventCoOrganized"];

    private string _partners = string.Empty;
    private string _interactions = string.Empty;
    private Workspace _empty = null!;

    /// <summary>The two files and the workspace they are imported into, once set up (for <see cref="ImportPhases"/>).</summary>
    internal (string Partners, string Interactions, Workspace Empty) Inputs => (_partners, _interactions, _empty);

    [Params(10_000)]
    public int Partners { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20251130);
        var partners = new StringBuilder("id,type,name,state,issue areas,partisan nature,tax status,website\r\n");
        for (var i = 0; i < Partners; i++)
        {
            var organization = random.Next(4) != 0;
            partners.Append(CultureInfo.InvariantCulture, $"p{i},{Kinds[organization ? 0 : 1]},\"Partner {i}, Riverside\",OH,{Issues[random.Next(Issues.Length)]}; {Issues[random.Next(Issues.Length)]},");
            partners.Append(organization ? Natures[random.Next(Natures.Length)] : string.Empty).Append(',');
            partners.Append(organization ? "501(c)(3)" : string.Empty).Append(CultureInfo.InvariantCulture, $",https://p{i}.example.org\r\n");
        }

        var interactions = new StringBuilder("date,partner,kind,direction,summary\r\n");
        var start = new DateOnly(2020, 1, 1);
        for (var i = 0; i < Partners * 10; i++)
        {
            var date = start.AddDays(random.Next(2000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            interactions.Append(CultureInfo.InvariantCulture, $"{date},p{random.Next(Partners)},{InteractionKinds[random.Next(InteractionKinds.Length)]},mutual,note {i}\r\n");
        }

        _partners = partners.ToString();
        _interactions = interactions.ToString();
        _empty = new Workspace
        {
            Chapter = new Chapter { Id = new PartyId("riverside"), Name = "Riverside", HomeState = "OH", TheoryOfChange = new TheoryOfChange { Summary = "Hold our lawmakers accountable" } },
        };
    }

    [Benchmark(Baseline = true)]
    public (List<PartnerRecord> Partners, List<InteractionRecord> Interactions) CsvHelperPlainRecords()
    {
        // Read into plain records and keep them, as the import keeps its workspace: counting records
        // as they stream by (the first version of this baseline) lets each die young, which no reader
        // that returns what it read can do.
        using var partners = CsvReader.Create(new StringReader(_partners));
        using var interactions = CsvReader.Create(new StringReader(_interactions));
        return (partners.GetRecords<PartnerRecord>().ToList(), interactions.GetRecords<InteractionRecord>().ToList());
    }

    [Benchmark]
    public Workspace ImportIntoWorkspace()
    {
        var result = SpreadsheetImporter.Import(_empty, [CsvSource.FromText("partners.csv", _partners), CsvSource.FromText("interactions.csv", _interactions)]);
        return result.Problems.Count == 0 ? result.Workspace : throw new InvalidOperationException(string.Join("\n", result.Problems.Take(5)));
    }
}

[CsvRecord]
public sealed partial class PartnerRecord
{
    [CsvColumn("id")]
    public string Id { get; set; } = string.Empty;

    [CsvColumn("type")]
    public string Type { get; set; } = string.Empty;

    [CsvColumn("name")]
    public string Name { get; set; } = string.Empty;

    [CsvColumn("state")]
    public string State { get; set; } = string.Empty;

    [CsvColumn("issue areas")]
    public string IssueAreas { get; set; } = string.Empty;

    [CsvColumn("partisan nature")]
    public string PartisanNature { get; set; } = string.Empty;

    [CsvColumn("tax status")]
    public string TaxStatus { get; set; } = string.Empty;

    [CsvColumn("website")]
    public string Website { get; set; } = string.Empty;
}

[CsvRecord]
public sealed partial class InteractionRecord
{
    [CsvColumn("date")]
    public DateOnly Date { get; set; }

    [CsvColumn("partner")]
    public string Partner { get; set; } = string.Empty;

    [CsvColumn("kind")]
    public string Kind { get; set; } = string.Empty;

    [CsvColumn("direction")]
    public string Direction { get; set; } = string.Empty;

    [CsvColumn("summary")]
    public string Summary { get; set; } = string.Empty;
}
