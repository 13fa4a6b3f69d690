using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Partnering.Core.Internal;

namespace Partnering.Core.Collaboration;

/// <summary>
/// What the public may see of an event: no hidden sponsor is named, and hidden sponsors' names and
/// ids are withheld from the title, place and description.
/// </summary>
public sealed record PublicEvent
{
    /// <summary>The event's id.</summary>
    public required string Id { get; init; }

    /// <summary>The title, with hidden sponsors withheld.</summary>
    public required string Title { get; init; }

    /// <summary>The day.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>When it starts.</summary>
    public required TimeOnly Start { get; init; }

    /// <summary>When it ends.</summary>
    public required TimeOnly End { get; init; }

    /// <summary>Where, with hidden sponsors withheld.</summary>
    public string? Place { get; init; }

    /// <summary>What kind of event.</summary>
    public required EventKind Kind { get; init; }

    /// <summary>The description, with hidden sponsors withheld.</summary>
    public string? Description { get; init; }

    /// <summary>The names of the sponsors that may be listed publicly, in the event's order.</summary>
    public IReadOnlyList<string> Sponsors { get; init => field = Guard.List(value); } = ValueList<string>.Empty;
}

/// <summary>
/// Turns calendar events into public output while respecting sponsors that asked not to be listed:
/// a sponsor is hidden when its entry on the event says so or when it is an organization with the
/// <see cref="PracticeKind.NoPublicListing"/> practice. Hidden sponsors still count internally
/// (<see cref="SponsorCount"/>); they never appear in <see cref="PublicSponsors"/>, <see cref="ToPublic"/>
/// or <see cref="ExportPublic"/>. An organization with the practice is withheld from every event's
/// public text, whether it sponsors that event or not.
/// </summary>
public static class EventPublishing
{
    /// <summary>The text that replaces a hidden sponsor's name in public text.</summary>
    public const string Withheld = "[sponsor withheld]";

    /// <summary>Whether a sponsor must not be named publicly, and why.</summary>
    /// <param name="sponsor">The sponsor entry.</param>
    /// <param name="workspace">The workspace holding the partners.</param>
    /// <param name="reason">Why it is hidden, or <see langword="null"/> when it is public.</param>
    /// <returns><see langword="true"/> when hidden.</returns>
    public static bool IsHidden(EventSponsor sponsor, Workspace workspace, out string? reason)
    {
        ArgumentNullException.ThrowIfNull(sponsor);
        ArgumentNullException.ThrowIfNull(workspace);
        if (sponsor.Visibility == SponsorVisibility.Hidden)
        {
            var why = sponsor.HiddenReason is { } text ? $" ({text})" : string.Empty;
            var who = sponsor.Sponsor == workspace.Chapter.Id ? workspace.Chapter.Name : Find(workspace, sponsor.Sponsor)?.Name ?? sponsor.Name ?? sponsor.Sponsor.Value;
            reason = sponsor.HiddenAtRequestOf is { } asker && asker != sponsor.Sponsor
                ? $"{who} stays a sponsor but is not listed publicly for this event: {Find(workspace, asker)?.Name ?? asker.Value} asked{why}."
                : $"{who} asked not to be listed publicly for this event{why}.";
            return true;
        }

        if (Find(workspace, sponsor.Sponsor) is Organization org && org.Practices.Any(p => p.Kind == PracticeKind.NoPublicListing))
        {
            reason = $"{org.Name} does not want to be listed publicly as a sponsor or partner (its practice).";
            return true;
        }

        reason = null;
        return false;
    }

    /// <summary>
    /// The chapter stepping back from the public sponsor listing while staying a sponsor (seed 003's hard
    /// situation: another group asks that our chapter not be listed in a conservative area). Our entry is kept,
    /// hidden, with who asked and why; the chapter is added as a hidden sponsor if it was not one yet.
    /// </summary>
    /// <param name="calendarEvent">The event.</param>
    /// <param name="us">The chapter's id.</param>
    /// <param name="requestedBy">Who asked, if someone did.</param>
    /// <param name="reason">Why, in words.</param>
    /// <returns>The event with our sponsor entry hidden.</returns>
    public static CalendarEvent StepBackFromListing(CalendarEvent calendarEvent, PartyId us, PartyId? requestedBy, string reason)
    {
        ArgumentNullException.ThrowIfNull(calendarEvent);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var hidden = new EventSponsor { Sponsor = us, Visibility = SponsorVisibility.Hidden, HiddenAtRequestOf = requestedBy, HiddenReason = reason };
        var sponsors = calendarEvent.Sponsors.Any(s => s.Sponsor == us)
            ? calendarEvent.Sponsors.Select(s => s.Sponsor == us ? s with { Visibility = SponsorVisibility.Hidden, HiddenAtRequestOf = requestedBy, HiddenReason = reason } : s).ToArray()
            : [.. calendarEvent.Sponsors, hidden];
        return calendarEvent with { Sponsors = sponsors };
    }

    /// <summary>How many sponsors the event has, hidden ones included (internal use only).</summary>
    /// <param name="calendarEvent">The event.</param>
    /// <returns>The number of sponsors.</returns>
    public static int SponsorCount(CalendarEvent calendarEvent) => Guard.NotNull(calendarEvent).Sponsors.Count;

    /// <summary>The names of the sponsors that may be listed publicly.</summary>
    /// <param name="calendarEvent">The event.</param>
    /// <param name="workspace">The workspace holding the partners.</param>
    /// <returns>The names, in the event's order.</returns>
    public static IReadOnlyList<string> PublicSponsors(CalendarEvent calendarEvent, Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(calendarEvent);
        ArgumentNullException.ThrowIfNull(workspace);
        return calendarEvent.Sponsors.Where(s => !IsHidden(s, workspace, out _)).Select(s => DisplayName(s, workspace)).ToArray();
    }

    /// <summary>The public view of an event.</summary>
    /// <param name="calendarEvent">The event.</param>
    /// <param name="workspace">The workspace holding the partners.</param>
    /// <returns>The public view.</returns>
    public static PublicEvent ToPublic(CalendarEvent calendarEvent, Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(calendarEvent);
        ArgumentNullException.ThrowIfNull(workspace);
        var secrets = Secrets(calendarEvent, workspace);
        return new PublicEvent
        {
            Id = calendarEvent.Id,
            Title = Redact(calendarEvent.Title, secrets),
            Date = calendarEvent.Date,
            Start = calendarEvent.Start,
            End = calendarEvent.End,
            Place = calendarEvent.Place is { } place ? Redact(place, secrets) : null,
            Kind = calendarEvent.Kind,
            Description = calendarEvent.Description is { } text ? Redact(text, secrets) : null,
            Sponsors = PublicSponsors(calendarEvent, workspace).Select(name => Redact(name, secrets)).ToArray(),
        };
    }

    /// <summary>A plain-text public listing of events, in date order, fit to post or mail.</summary>
    /// <param name="events">The events.</param>
    /// <param name="workspace">The workspace holding the partners.</param>
    /// <returns>The listing.</returns>
    public static string ExportPublic(IEnumerable<CalendarEvent> events, Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(workspace);
        var text = new StringBuilder();
        foreach (var calendarEvent in events.OrderBy(e => e.StartTicks).ThenBy(e => e.Id, StringComparer.Ordinal))
        {
            var e = ToPublic(calendarEvent, workspace);
            var block = new StringBuilder();
            block.Append(CultureInfo.InvariantCulture, $"{e.Date:yyyy-MM-dd} {e.Start:HH\\:mm}-{e.End:HH\\:mm}  {e.Title}");
            if (e.Place is { } place)
            {
                block.Append(" @ ").Append(place);
            }

            block.Append('\n');
            if (e.Description is { } description)
            {
                block.Append("  ").Append(description).Append('\n');
            }

            if (e.Sponsors.Count > 0)
            {
                block.Append("  Sponsored by: ").Append(string.Join(", ", e.Sponsors)).Append('\n');
            }

            // The whole block once more, so not even the labels and dates can spell a hidden name.
            text.Append(Redact(block.ToString(), Secrets(calendarEvent, workspace)));
        }

        return text.ToString();
    }

    private static Partner? Find(Workspace workspace, PartyId id)
    {
        foreach (var partner in workspace.Partners)
        {
            if (partner.Id == id)
            {
                return partner;
            }
        }

        return null;
    }

    private static string DisplayName(EventSponsor sponsor, Workspace workspace)
        => sponsor.Sponsor == workspace.Chapter.Id ? workspace.Chapter.Name : Find(workspace, sponsor.Sponsor)?.Name ?? sponsor.Name ?? sponsor.Sponsor.Value;

    /// <summary>Every name and id of the event's hidden sponsors and of every organization that is never listed, longest first.</summary>
    private static string[] Secrets(CalendarEvent calendarEvent, Workspace workspace)
    {
        var secrets = new List<string>();
        foreach (var sponsor in calendarEvent.Sponsors.Where(s => IsHidden(s, workspace, out _)))
        {
            secrets.Add(sponsor.Sponsor.Value);
            if (Find(workspace, sponsor.Sponsor)?.Name is { } name)
            {
                secrets.Add(name);
            }

            if (sponsor.Sponsor == workspace.Chapter.Id)
            {
                // Us stepping back: our name must not spell us into the title or description either.
                secrets.Add(workspace.Chapter.Name);
            }

            if (!string.IsNullOrWhiteSpace(sponsor.Name))
            {
                secrets.Add(sponsor.Name);
            }
        }

        foreach (var partner in workspace.Partners)
        {
            if (partner is Organization org && org.Practices.Any(p => p.Kind == PracticeKind.NoPublicListing))
            {
                secrets.Add(org.Id.Value);
                secrets.Add(org.Name);
            }
        }

        return [.. secrets.Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).OrderByDescending(s => s.Length)];
    }

    private static string Redact(string text, string[] secrets)
    {
        // Repeat until no secret is left: removing one occurrence can join its neighbours into a new one.
        for (var round = 0; round < 64; round++)
        {
            var changed = false;
            foreach (var secret in secrets)
            {
                if (text.Contains(secret, StringComparison.OrdinalIgnoreCase))
                {
                    var replacement = Withheld.Contains(secret, StringComparison.OrdinalIgnoreCase) ? string.Empty : Withheld;
                    text = text.Replace(secret, replacement, StringComparison.OrdinalIgnoreCase);
                    changed = true;
                }
            }

            if (!changed)
            {
                return text;
            }
        }

        return string.Empty;
    }
}
