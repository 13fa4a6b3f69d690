using FsCheck;
using FsCheck.Fluent;
using Partnering.Core.Collaboration;
using static Partnering.Core.Tests.Collaboration.CollaborationFixtures;

namespace Partnering.Core.Tests.Collaboration;

public class SponsorVisibilityTests
{
    /// <summary>Parties named in an event's text; <c>Sponsors</c> says whether each sponsors the event and whether it must stay hidden.</summary>
    public sealed record VisibilityCase(Workspace Workspace, CalendarEvent Event, (PartyId Id, string Name, bool Sponsors, bool Hidden)[] Parties)
    {
        public override string ToString()
            => $"parties: {string.Join("; ", Parties.Select(s => $"{s.Id}={s.Name}{(s.Sponsors ? " (sponsor)" : string.Empty)}{(s.Hidden ? " (hidden)" : string.Empty)}"))}; title: {Event.Title}; place: {Event.Place}; description: {Event.Description}";
    }

    // Names and ids of one fixed length with a unique number, so none is part of another or of the withheld marker.
    private static Gen<VisibilityCase> Cases { get; } =
        from count in Gen.Choose(1, 8)
        from specs in (from inWorkspace in Gen.Elements(true, false)
                       from practiceHides in Gen.Elements(true, false)
                       from entryHides in Gen.Elements(true, false)
                       from sponsors in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
                       select (inWorkspace, practiceHides, entryHides, sponsors)).ArrayOf(count)
        from words in Gen.Choose(0, 2 * count - 1).ArrayOf(6)
        from upper in Gen.Elements(true, false)
        select Build(specs, words, upper);

    private static VisibilityCase Build((bool InWorkspace, bool PracticeHides, bool EntryHides, bool Sponsors)[] specs, int[] words, bool upper)
    {
        var sponsors = new List<(PartyId, string, bool, bool)>();
        var partners = new List<Partner>();
        var entries = new List<EventSponsor>();
        for (var i = 0; i < specs.Length; i++)
        {
            var (inWorkspace, practiceHides, entryHides, sponsorsEvent) = specs[i];
            var id = new PartyId($"sp-{i:D2}-zq");
            var name = $"Qorg{i:D2}Kx";
            var hidden = (sponsorsEvent && entryHides) || (inWorkspace && practiceHides);
            sponsors.Add((id, name, sponsorsEvent, hidden));
            if (inWorkspace)
            {
                partners.Add(practiceHides ? Org(id, name, PracticeKind.NoPublicListing) : Org(id, name));
            }

            if (!sponsorsEvent)
            {
                continue; // named in the text only
            }

            entries.Add(new EventSponsor
            {
                Sponsor = id,
                Name = inWorkspace ? null : name,
                Visibility = entryHides ? SponsorVisibility.Hidden : SponsorVisibility.Public,
            });
        }

        // Free text mentions sponsors by name or id (in any case), the way people write descriptions.
        string Mention(int w) => w % 2 == 0 ? sponsors[w / 2].Item2 : sponsors[w / 2].Item1.Value;
        string Text(IEnumerable<int> ws) => string.Join(" with ", ws.Select(Mention).Select(t => upper ? t.ToUpperInvariant() : t));
        var calendarEvent = new CalendarEvent
        {
            Id = "ev",
            Title = "Rally " + Text(words.Take(2)),
            Date = new DateOnly(2026, 6, 1),
            Start = new TimeOnly(10, 0),
            End = new TimeOnly(11, 0),
            Kind = EventKind.Rally,
            Host = Us,
            Place = "Park by " + Text(words.Skip(2).Take(1)),
            Description = "Sponsored by " + Text(words.Skip(3)),
            Sponsors = entries,
        };
        return new VisibilityCase(OurWorkspace with { Partners = partners }, calendarEvent, [.. sponsors]);
    }

    [Property]
    public Property A_hidden_sponsor_or_unlisted_organization_never_appears_in_any_public_output_and_still_counts_internally()
        => Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var view = EventPublishing.ToPublic(c.Event, c.Workspace);
            var outputs = new[]
            {
                view.Title, view.Place ?? string.Empty, view.Description ?? string.Empty,
                string.Join("|", view.Sponsors), string.Join("|", EventPublishing.PublicSponsors(c.Event, c.Workspace)),
                EventPublishing.ExportPublic([c.Event], c.Workspace),
            };
            foreach (var (id, name, sponsors, hidden) in c.Parties)
            {
                if (sponsors)
                {
                    Assert.Equal(hidden, EventPublishing.IsHidden(c.Event.Sponsors.Single(s => s.Sponsor == id), c.Workspace, out _));
                }

                foreach (var output in outputs)
                {
                    if (hidden)
                    {
                        Assert.DoesNotContain(name, output, StringComparison.OrdinalIgnoreCase);
                        Assert.DoesNotContain(id.Value, output, StringComparison.OrdinalIgnoreCase);
                    }
                }

                Assert.Equal(sponsors && !hidden, view.Sponsors.Contains(name));
            }

            Assert.Equal(c.Parties.Count(p => p.Sponsors), EventPublishing.SponsorCount(c.Event));
        });

    [Fact]
    public void Public_sponsors_keep_the_events_order_and_their_workspace_names()
    {
        var e = Event("e", "2026-06-01", "10:00", "11:00") with
        {
            Sponsors = [new EventSponsor { Sponsor = Union }, new EventSponsor { Sponsor = new PartyId("outside"), Name = "Neighbors United" }, new EventSponsor { Sponsor = ClimateGroup }],
        };

        Assert.Equal(["Teachers Local 12", "Neighbors United", "Riverside Climate Action"], EventPublishing.PublicSponsors(e, OurWorkspace));
    }
}
