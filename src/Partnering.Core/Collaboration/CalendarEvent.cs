using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using Partnering.Core.Internal;

namespace Partnering.Core.Collaboration;

/// <summary>Kinds of event on a coalition calendar.</summary>
public enum EventKind
{
    /// <summary>A rally.</summary>
    Rally,

    /// <summary>A canvass.</summary>
    Canvass,

    /// <summary>A press conference.</summary>
    PressConference,

    /// <summary>A town hall.</summary>
    TownHall,

    /// <summary>A fundraiser.</summary>
    Fundraiser,

    /// <summary>A phonebank.</summary>
    Phonebank,

    /// <summary>A training.</summary>
    Training,

    /// <summary>A meeting (a coalition table, a public meeting...).</summary>
    Meeting,

    /// <summary>Any other event.</summary>
    Other,
}

/// <summary>Whether a sponsor may be named in public.</summary>
public enum SponsorVisibility
{
    /// <summary>Named in public sponsor lists and exports.</summary>
    Public,

    /// <summary>Asked not to be listed publicly: counted internally, never named in public output.</summary>
    Hidden,
}

/// <summary>A sponsor of an event.</summary>
public sealed record EventSponsor
{
    /// <summary>The sponsoring party.</summary>
    public required PartyId Sponsor { get; init; }

    /// <summary>The name to show when the sponsor is not a partner in the workspace.</summary>
    public string? Name { get; init; }

    /// <summary>The sponsor's own choice for this event. Default <see cref="SponsorVisibility.Public"/>; an organization's
    /// <see cref="PracticeKind.NoPublicListing"/> practice hides it whatever this says.</summary>
    public SponsorVisibility Visibility { get; init; } = SponsorVisibility.Public;

    /// <summary>
    /// Who asked that this sponsor not be listed, when someone other than the sponsor did (seed 003: another
    /// group asks that our chapter not be listed as a sponsor of a rally in a conservative area).
    /// </summary>
    public PartyId? HiddenAtRequestOf { get; init; }

    /// <summary>Why the sponsor is not listed publicly, in words, when recorded.</summary>
    public string? HiddenReason { get; init; }

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; internal init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;
}

/// <summary>
/// An event on the coalition calendar: the chapter's or a partner's, with its time window, place, kind,
/// the audience it draws, the press it targets and its sponsors.
/// </summary>
/// <remarks>
/// The time window is half-open, <c>[Start, End)</c>: an event ending at 10:00 does not overlap one
/// starting at 10:00. An event ends on its own day (<see cref="End"/> after <see cref="Start"/>).
/// </remarks>
public sealed record CalendarEvent
{
    /// <summary>An id unique on the calendar.</summary>
    public required string Id { get; init => field = Guard.NotBlank(value); }

    /// <summary>The event's title.</summary>
    public required string Title { get; init => field = Guard.NotBlank(value); }

    /// <summary>The day.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>When it starts.</summary>
    public required TimeOnly Start { get; init; }

    /// <summary>When it ends; after <see cref="Start"/>, on the same day.</summary>
    public required TimeOnly End { get; init; }

    /// <summary>Where.</summary>
    public string? Place { get; init; }

    /// <summary>What kind of event.</summary>
    public required EventKind Kind { get; init; }

    /// <summary>Who organizes it (the chapter or a partner).</summary>
    public required PartyId Host { get; init; }

    /// <summary>The audiences it draws (normalized terms such as "east-side-voters").</summary>
    public IReadOnlyList<string> Audience { get; init => field = Normalized(value, "An audience"); } = ValueList<string>.Empty;

    /// <summary>The press it targets (normalized terms such as "city-paper", "channel-5").</summary>
    public IReadOnlyList<string> Press { get; init => field = Normalized(value, "A press target"); } = ValueList<string>.Empty;

    /// <summary>The sponsors, each with its visibility.</summary>
    public IReadOnlyList<EventSponsor> Sponsors { get; init => field = Guard.List(value); } = ValueList<EventSponsor>.Empty;

    /// <summary>The event's description.</summary>
    public string? Description { get; init; }

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; internal init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;

    /// <summary>Says what is wrong with this event's time window, or <see langword="null"/>.</summary>
    /// <returns>A plain sentence, or <see langword="null"/>.</returns>
    public string? Explain()
        => End <= Start
            ? string.Create(CultureInfo.InvariantCulture, $"Event '{Id}' must end after it starts, on the same day; got {Start:HH\\:mm} to {End:HH\\:mm}.")
            : null;

    /// <summary>The start as ticks since 0001-01-01.</summary>
    internal long StartTicks => (Date.DayNumber * TimeSpan.TicksPerDay) + Start.Ticks;

    /// <summary>The end as ticks since 0001-01-01.</summary>
    internal long EndTicks => (Date.DayNumber * TimeSpan.TicksPerDay) + End.Ticks;

    private static ValueList<string> Normalized(IEnumerable<string> terms, string what)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var list = new List<string>();
        foreach (var term in terms)
        {
            list.Add(Term.Normalize(term, what));
        }

        return ValueList<string>.Wrap([.. list]);
    }
}
