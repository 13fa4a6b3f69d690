using FsCheck;
using FsCheck.Fluent;

namespace Partnering.Core.Tests.Model;

public class PartyIdTests
{
    [Theory]
    [InlineData("riverside")]
    [InlineData("org:teachers-union.local_12")]
    [InlineData("A1")]
    public void Valid_ids_keep_their_text(string text)
    {
        var id = new PartyId(text);
        Assert.Equal(text, id.Value);
        Assert.Equal(text, id.ToString());
        Assert.False(id.IsEmpty);
    }

    [Theory]
    [InlineData("", "must not be empty")]
    [InlineData("has space", "contains ' '")]
    [InlineData("ünïcode", "contains 'ü'")]
    public void Invalid_ids_are_refused_with_the_rule_broken(string text, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => new PartyId(text));
        Assert.Contains(expected, error.Message);
        Assert.False(PartyId.TryParse(text, out _));
    }

    [Fact]
    public void An_id_longer_than_the_limit_is_refused()
    {
        Assert.Null(PartyId.Explain(new string('a', PartyId.MaxLength)));
        Assert.Contains("at most 128", PartyId.Explain(new string('a', PartyId.MaxLength + 1)));
    }

    [Fact]
    public void The_default_id_is_empty_and_names_no_party()
    {
        Assert.True(default(PartyId).IsEmpty);
        Assert.Equal(string.Empty, default(PartyId).Value);
    }

    [Property]
    public Property Ids_compare_ordinally_and_equal_ids_hash_alike()
        => Prop.ForAll(
            Gen.Elements("a", "b", "B", "a-1", "a.1", "z:9").Two().ToArbitrary(),
            pair =>
            {
                var (x, y) = (new PartyId(pair.Item1), new PartyId(pair.Item2));
                Assert.Equal(Math.Sign(string.CompareOrdinal(pair.Item1, pair.Item2)), Math.Sign(x.CompareTo(y)));
                Assert.Equal(pair.Item1 == pair.Item2, x == y);
                if (x == y)
                {
                    Assert.Equal(x.GetHashCode(), y.GetHashCode());
                }
            });
}

public class PartialDateTests
{
    private static readonly FsCheck.Arbitrary<PartialDate> Dates =
        (from year in Gen.Choose(1990, 2040)
         from precision in Gen.Choose(0, 2)
         from month in Gen.Choose(1, 12)
         from day in Gen.Choose(1, DateTime.DaysInMonth(year, month))
         select precision switch
         {
             0 => new PartialDate(year),
             1 => new PartialDate(year, month),
             _ => new PartialDate(year, month, day),
         }).ToArbitrary();

    [Theory]
    [InlineData("2025", 2025, null, null)]
    [InlineData("2025-03", 2025, 3, null)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    public void The_three_forms_parse(string text, int year, int? month, int? day)
    {
        var date = PartialDate.Parse(text);
        Assert.Equal(new PartialDate(year, month, day), date);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("25")]
    [InlineData("2025-3")]
    [InlineData("2025-13")]
    [InlineData("2023-02-29")]
    [InlineData("2025/03/01")]
    [InlineData("0000")]
    public void Other_text_is_refused_with_the_forms_named(string text)
    {
        Assert.False(PartialDate.TryParse(text, out _));
        var error = Assert.Throws<FormatException>(() => PartialDate.Parse(text));
        Assert.Contains("yyyy, yyyy-MM or yyyy-MM-dd", error.Message);
    }

    [Fact]
    public void A_vague_date_covers_every_day_of_its_month_or_year()
    {
        var march = PartialDate.Parse("2025-03");
        Assert.Equal(new DateOnly(2025, 3, 1), march.Earliest);
        Assert.Equal(new DateOnly(2025, 3, 31), march.Latest);
        Assert.True(march.Covers(new DateOnly(2025, 3, 17)));
        Assert.False(march.Covers(new DateOnly(2025, 4, 1)));
        Assert.Equal(new DateOnly(2024, 12, 31), PartialDate.Parse("2024").Latest);
    }

    [Property]
    public Property Text_form_round_trips()
        => Prop.ForAll(Dates, date => PartialDate.Parse(date.ToString()) == date);

    [Property]
    public Property Earliest_is_never_after_latest_and_both_are_covered()
        => Prop.ForAll(Dates, date => date.Earliest <= date.Latest && date.Covers(date.Earliest) && date.Covers(date.Latest));

    [Property]
    public Property Ordering_agrees_with_the_earliest_day()
        => Prop.ForAll(Dates, Dates, (a, b) => a.Earliest < b.Earliest ? a < b : a.Earliest > b.Earliest ? a > b : true);

    // A date is stored packed in one int (issue #14's memory work): every part must come back as
    // given, at the edges of every range, and equality must still be by year, month and day.
    [Theory]
    [InlineData(1, null, null)]
    [InlineData(9999, 12, 31)]
    [InlineData(2025, 12, null)]
    [InlineData(2024, 2, 29)]
    [InlineData(2025, 1, 1)]
    public void The_parts_come_back_as_given_at_the_edges(int year, int? month, int? day)
    {
        var date = new PartialDate(year, month, day);
        Assert.Equal((year, month, day), (date.Year, date.Month, date.Day));
    }

    [Property]
    public Property Equality_is_by_year_month_and_day()
        => Prop.ForAll(Dates, Dates, (a, b) => (a == b) == ((a.Year, a.Month, a.Day) == (b.Year, b.Month, b.Day)) && (a == b) == a.Equals((object)b));

    [Fact]
    public void A_year_is_not_its_first_month_nor_its_first_day()
    {
        Assert.NotEqual(new PartialDate(2025), new PartialDate(2025, 1));
        Assert.NotEqual(new PartialDate(2025, 1), new PartialDate(2025, 1, 1));
        Assert.Equal(0, default(PartialDate).Year);
        Assert.Null(default(PartialDate).Month);
    }
}

/// <summary>
/// A tie keeps its rarely given facts (dates, source, note, unknown fields) apart, shared while
/// empty (issue #14's memory work): copies made with <c>with</c> must never change the original,
/// and equality must still compare every fact.
/// </summary>
public class TieDetailsTests
{
    private static readonly Tie Bare = new() { From = new PartyId("a"), To = new PartyId("b"), Category = TieCategory.Board, Strength = 0.5 };

    [Fact]
    public void A_copy_with_a_fact_leaves_the_original_and_other_bare_ties_bare()
    {
        var other = Bare with { };
        var dated = Bare with { Since = new PartialDate(2024), Note = "knows" };

        Assert.Null(Bare.Since);
        Assert.Null(other.Note);
        Assert.Equal(new PartialDate(2024), dated.Since);
        Assert.Equal("knows", dated.Note);
        Assert.Equal(Bare, other);
        Assert.NotEqual(Bare, dated);
    }

    [Property]
    public Property Ties_are_equal_exactly_when_every_fact_is(bool since, bool until, bool source, bool note, bool since2, bool until2, bool source2, bool note2)
    {
        Tie Make(bool s, bool u, bool so, bool n) => Bare with
        {
            Since = s ? new PartialDate(2020, 5) : null,
            Until = u ? new PartialDate(2023) : null,
            Source = so ? "a member" : null,
            Note = n ? "sits on the board of" : null,
        };

        var a = Make(since, until, source, note);
        var b = Make(since2, until2, source2, note2);
        var same = (since, until, source, note) == (since2, until2, source2, note2);
        return (a.Equals(b) == same && (!same || a.GetHashCode() == b.GetHashCode())).ToProperty();
    }

    [Fact]
    public void Unknown_fields_are_part_of_a_ties_equality()
    {
        using var document = System.Text.Json.JsonDocument.Parse("{\"x\":1}");
        var withField = Bare with { UnknownFields = new Dictionary<string, System.Text.Json.JsonElement> { ["x"] = document.RootElement.GetProperty("x").Clone() } };

        Assert.NotEqual(Bare, withField);
        Assert.Empty(Bare.UnknownFields);
        Assert.Equal("1", withField.UnknownFields["x"].GetRawText());
        Assert.Equal(Bare, withField with { UnknownFields = new Dictionary<string, System.Text.Json.JsonElement>() });
    }
}

public class TermTests
{
    [Theory]
    [InlineData("Health Care", "health-care")]
    [InlineData("  health_care ", "health-care")]
    [InlineData("GUN-violence   prevention", "gun-violence-prevention")]
    public void Spelling_variants_of_an_issue_area_are_one_term(string text, string normalized)
    {
        Assert.Equal(normalized, new IssueArea(text).Name);
        Assert.Equal(new IssueArea(normalized), new IssueArea(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("--")]
    public void A_blank_term_is_refused(string text)
    {
        Assert.Throws<ArgumentException>(() => new IssueArea(text));
        Assert.Throws<ArgumentException>(() => new Tactic(text));
    }

    [Property]
    public Property Normalizing_twice_changes_nothing()
        => Prop.ForAll(
            Gen.Elements("Climate", "health care", "Town Hall_Disruption", "a  b", "x-y").ToArbitrary(),
            text => new Tactic(new Tactic(text).Name) == new Tactic(text));
}
