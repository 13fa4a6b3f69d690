using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using Partnering.Core.Internal;

namespace Partnering.Core.Maps;

/// <summary>
/// One line of the outreach plan (seed 003: "write into your plan how you will do outreach"): who
/// reaches out to which partner, the first ask for its tier, the first step in, and by when. Part of
/// the maps document and of the workspace document (field <c>"outreach"</c>).
/// </summary>
public sealed record OutreachItem
{
    /// <summary>The power map the recommendation came from, if any.</summary>
    public string? MapId { get; init; }

    /// <summary>The partner to reach.</summary>
    public required PartyId Partner { get; init; }

    /// <summary>The member in charge of the relationship (seed 002: one member per relationship, not the leaders for everything).</summary>
    public required PartyId Owner { get; init; }

    /// <summary>The partnership's tier when the plan was made (e.g. "Prospect").</summary>
    public required string Tier { get; init => field = Guard.NotBlank(value); }

    /// <summary>The first ask, fit for the tier.</summary>
    public required string Ask { get; init => field = Guard.NotBlank(value); }

    /// <summary>The first step in: reach out through a route, or build a way in.</summary>
    public string? FirstStep { get; init; }

    /// <summary>Who introduces the owner, when someone else holds the tie (a leader, or the party next to the partner).</summary>
    public PartyId? Introducer { get; init; }

    /// <summary>By when the first ask is made.</summary>
    public required DateOnly Due { get; init; }

    /// <summary>Why this owner and this date, in words.</summary>
    public string? Reason { get; init; }

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; internal init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;
}

/// <summary>The chapter's outreach plan: one item per partnership to build (none for an ally by choice), from a start date.</summary>
public sealed record OutreachPlan
{
    /// <summary>The day the plan starts; every due date is counted from it (no clock is read).</summary>
    public required DateOnly StartsOn { get; init; }

    /// <summary>The items, in the order of the recommendations.</summary>
    public IReadOnlyList<OutreachItem> Items { get; init => field = Guard.List(value); } = ValueList<OutreachItem>.Empty;

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; internal init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;

    /// <summary>
    /// The plan as a Markdown section: a table of partner, owner, tier, first ask and due date, then each
    /// item's first step and reason. Names come from <paramref name="workspace"/> when given, else ids.
    /// </summary>
    /// <param name="workspace">The workspace, for names; <see langword="null"/> to print ids.</param>
    /// <returns>Markdown text.</returns>
    public string ToMarkdown(Workspace? workspace = null)
    {
        var names = new Dictionary<PartyId, string>();
        if (workspace is not null)
        {
            names.TryAdd(workspace.Chapter.Id, workspace.Chapter.Name);
            foreach (var m in workspace.Chapter.Members)
            {
                names.TryAdd(m.Id, m.Name);
            }

            foreach (var p in workspace.Partners)
            {
                names.TryAdd(p.Id, p.Name);
            }
        }

        string Name(PartyId id) => Cell(names.TryGetValue(id, out var n) ? n : id.Value);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"## Outreach plan from {StartsOn:yyyy-MM-dd}\n\n");
        text.Append("| # | Partner | Owner | Tier | First ask | By |\n| ---: | --- | --- | --- | --- | --- |\n");
        for (var i = 0; i < Items.Count; i++)
        {
            var item = Items[i];
            text.Append(CultureInfo.InvariantCulture, $"| {i + 1} | {Name(item.Partner)} | {Name(item.Owner)}{(item.Introducer is { } by ? $" (introduced by {Name(by)})" : string.Empty)} | {Cell(item.Tier)} | {Cell(item.Ask)} | {item.Due:yyyy-MM-dd} |\n");
        }

        text.Append('\n');
        for (var i = 0; i < Items.Count; i++)
        {
            var item = Items[i];
            text.Append(CultureInfo.InvariantCulture, $"{i + 1}. **{Name(item.Partner)}**");
            if (item.FirstStep is { } step)
            {
                text.Append(": ").Append(Line(step));
            }

            if (item.Reason is { } reason)
            {
                text.Append(' ').Append(Line(reason));
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string Line(string text) => text.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string Cell(string text) => Line(text).Replace("|", "\\|", StringComparison.Ordinal);
}

/// <summary>The first ask for partners at one tier of the ladder.</summary>
/// <param name="Tier">The tier's name (matched without regard to case).</param>
/// <param name="Ask">The ask in words.</param>
public sealed record TierAsk(string Tier, string Ask);

/// <summary>Settings for the outreach plan; each default is stated on its property.</summary>
public sealed record OutreachOptions
{
    /// <summary>The defaults.</summary>
    public static OutreachOptions Default { get; } = new();

    /// <summary>
    /// The first ask per tier (DOMAIN tiers, seeds 001 to 003). Default: Prospect, a first meeting at their place,
    /// listening first and committing to nothing; Learning, share each other's alerts and invitations; Promotion,
    /// a speaker at our meeting or a joint letter; Event, co-sponsor an event; Deep, meet the official together.
    /// </summary>
    public IReadOnlyList<TierAsk> FirstAsks { get; init => field = Guard.List(value); } = ValueList<TierAsk>.From(
    [
        new("Prospect", "Ask for a first meeting with their leadership, at their place: listen first, learn their goals, capacities and base, make no formal commitment, and invite them to our next meeting."),
        new("Learning", "Offer to share each other's action alerts and event invitations."),
        new("Promotion", "Invite a speaker of theirs to address our next meeting, or ask them to sign a joint letter to the official."),
        new("Event", "Propose co-sponsoring or co-organizing the next event together."),
        new("Deep", "Propose a joint meeting with the official, as a public coalition."),
    ]);

    /// <summary>
    /// The first ask of a person (an <see cref="Individual"/>: a faith leader, a community leader, an
    /// official in their official capacity) at <see cref="NewPartnerTier"/>, where the tier's ask speaks of
    /// an organization's leadership and place (seed 003: a one-on-one). Default: a first one-on-one where
    /// it suits them, listening first, committing to nothing, and an invitation to our next meeting.
    /// </summary>
    public string PersonFirstAsk { get; init => field = Guard.NotBlank(value); } = "Ask them for a first one-on-one, where it suits them: listen first, learn what they care about, whom they speak for and what they can do, make no formal commitment, and invite them to our next meeting.";

    /// <summary>The tier of a partner with no partnership yet. Default "Prospect".</summary>
    public string NewPartnerTier { get; init => field = Guard.NotBlank(value); } = "Prospect";

    /// <summary>Days between one owner's asks: an owner's n-th ask is due n × this many days after the start. Default 14.</summary>
    public int DaysBetweenAsks { get; init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, $"DaysBetweenAsks must be at least 1; got {value}."); } = 14;

    /// <summary>Extra days when someone must review eligibility first. Default 7.</summary>
    public int ReviewDays { get; init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, $"ReviewDays must not be negative; got {value}."); } = 7;

    /// <summary>Extra days when the first step is to build a way in (an introduction or a cold approach). Default 7.</summary>
    public int WayInDays { get; init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, $"WayInDays must not be negative; got {value}."); } = 7;

    /// <summary>How many new relationships one member may own in a plan before others are asked. Default 2; at least 1.</summary>
    public int MaxPerOwner { get; init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, $"MaxPerOwner must be at least 1; got {value}."); } = 2;
}

/// <summary>
/// Turns recommendations into an outreach plan (seed 003): for each, an owner, the first ask for its
/// tier, and a due date counted from an explicit start date. Thread-safe.
/// </summary>
/// <remarks>
/// <para><b>Owner</b>, in this order: the member who owns the partnership already (on the start date);
/// else the first member at the start of one of our routes in (strongest first) who is not a leader and
/// owns fewer than <see cref="OutreachOptions.MaxPerOwner"/> items of the plan; else the non-leader member
/// with the fewest items (then by id), with the member who holds the tie as introducer; leaders own an
/// item only when no other member can (seed 002: partnerships take time leaders don't have).</para>
/// <para><b>Ask</b>: the first ask of the partner's tier (<see cref="OutreachOptions.FirstAsks"/>); the tier
/// comes from the caller (e.g. the tier progression) and defaults to <see cref="OutreachOptions.NewPartnerTier"/>.</para>
/// <para><b>Due</b>: <c>start + n × DaysBetweenAsks</c> for the owner's n-th item, plus <c>ReviewDays</c> when
/// eligibility needs a review and <c>WayInDays</c> when the way in must be built first.</para>
/// <para><b>Allies by choice</b>: a recommended partner whose partnership is held as an ally by choice on the
/// start date (<see cref="Partnership.AllyByChoiceOn(DateOnly)"/>; seed 004: not the best fit for more, but
/// still allies) gets no item and takes no owner's time: there is no deeper ask to make. Its
/// recommendation stays in the plan, and its reason says so.</para>
/// </remarks>
public sealed class OutreachPlanner
{
    private readonly OutreachOptions _options;

    /// <summary>Creates the planner.</summary>
    /// <param name="options">The options; <see langword="null"/> for <see cref="OutreachOptions.Default"/>.</param>
    public OutreachPlanner(OutreachOptions? options = null) => _options = options ?? OutreachOptions.Default;

    /// <summary>Plans the outreach for every map's recommendations, in map then rank order; a partner recommended on two maps is planned once, and one held as an ally by choice on <paramref name="startsOn"/> not at all.</summary>
    /// <param name="plan">The partnership plan.</param>
    /// <param name="workspace">The workspace (members, leaders, partnerships and their owners).</param>
    /// <param name="startsOn">The day the plan starts.</param>
    /// <param name="tierOf">The partnership's current tier per partner, or <see langword="null"/> (or a null answer) for <see cref="OutreachOptions.NewPartnerTier"/>.</param>
    /// <returns>The outreach plan.</returns>
    public OutreachPlan Plan(PartnershipPlan plan, Workspace workspace, DateOnly startsOn, Func<PartyId, string?>? tierOf = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(workspace);
        var members = new Dictionary<PartyId, Member>();
        foreach (var m in workspace.Chapter.Members)
        {
            members.TryAdd(m.Id, m);
        }

        var owners = new Dictionary<PartyId, PartyId>();
        foreach (var partnership in workspace.Partnerships)
        {
            if (partnership.OwnerOn(startsOn) is { } owner && members.ContainsKey(owner))
            {
                owners[partnership.Partner] = owner;
            }
        }

        var allies = PartnershipPlanner.AlliesByChoice(workspace, startsOn);
        var people = workspace.Partners.OfType<Individual>().Select(i => i.Id).ToHashSet();
        var load = new Dictionary<PartyId, int>();
        var items = new List<OutreachItem>();
        var planned = new HashSet<PartyId>();
        foreach (var map in plan.Maps)
        {
            foreach (var r in map.Recommendations)
            {
                if (!planned.Add(r.Actor) || allies.ContainsKey(r.Actor))
                {
                    // Planned once; and no deeper ask of an ally by choice (seed 004), whose recommendation says so.
                    continue;
                }

                var (owner, introducer, why) = OwnerFor(r, owners, members, load);
                if (owner is not { } chosen)
                {
                    continue;
                }

                var n = load[chosen] = load.GetValueOrDefault(chosen) + 1;
                var tier = tierOf?.Invoke(r.Actor) ?? _options.NewPartnerTier;
                var ask = people.Contains(r.Actor) && string.Equals(tier, _options.NewPartnerTier, StringComparison.OrdinalIgnoreCase)
                    ? (Ask: _options.PersonFirstAsk, Found: true)
                    : AskFor(tier);
                var days = (n * _options.DaysBetweenAsks) + (r.NeedsReview ? _options.ReviewDays : 0) + (r.WayIn.BuildsWayIn ? _options.WayInDays : 0);
                var name = members[chosen].Name;
                var when = string.Create(CultureInfo.InvariantCulture, $"Due {days} days after the start: {name}'s ask number {n}, {_options.DaysBetweenAsks} days apart{(r.NeedsReview ? $", plus {_options.ReviewDays} for the eligibility review first" : string.Empty)}{(r.WayIn.BuildsWayIn ? $", plus {_options.WayInDays} to build the way in" : string.Empty)}.");
                items.Add(new OutreachItem
                {
                    MapId = map.Map.Id,
                    Partner = r.Actor,
                    Owner = chosen,
                    Tier = tier,
                    Ask = ask.Ask,
                    FirstStep = r.WayIn.Step,
                    Introducer = introducer,
                    Due = startsOn.AddDays(days),
                    Reason = why + (ask.Found ? " " : $" No first ask is set for the tier '{tier}', so the first meeting's ask is used. ") + when,
                });
            }
        }

        return new OutreachPlan { StartsOn = startsOn, Items = ValueList<OutreachItem>.Wrap([.. items]) };
    }

    private (string Ask, bool Found) AskFor(string tier)
    {
        foreach (var ask in _options.FirstAsks)
        {
            if (string.Equals(ask.Tier, tier, StringComparison.OrdinalIgnoreCase))
            {
                return (ask.Ask, true);
            }
        }

        return ("Ask for a first meeting to learn about their work and explore working together.", false);
    }

    private (PartyId? Owner, PartyId? Introducer, string Why) OwnerFor(PartnershipRecommendation r, Dictionary<PartyId, PartyId> owners, Dictionary<PartyId, Member> members, Dictionary<PartyId, int> load)
    {
        if (owners.TryGetValue(r.Actor, out var existing))
        {
            return (existing, null, $"{members[existing].Name} owns this partnership already.");
        }

        var connectors = new List<PartyId>();
        foreach (var route in r.Score.RoutesFromUs)
        {
            if (members.ContainsKey(route.Start) && !connectors.Contains(route.Start))
            {
                connectors.Add(route.Start);
            }
        }

        foreach (var c in connectors)
        {
            if (!members[c].IsLeader && load.GetValueOrDefault(c) < _options.MaxPerOwner)
            {
                return (c, r.WayIn.Introducer is { } i && i != c ? i : null, $"{members[c].Name} holds the tie, so {members[c].Name} owns the relationship.");
            }
        }

        PartyId? best = null;
        foreach (var m in members.Values)
        {
            if (m.IsLeader || load.GetValueOrDefault(m.Id) >= _options.MaxPerOwner)
            {
                continue;
            }

            if (best is not { } b || load.GetValueOrDefault(m.Id) < load.GetValueOrDefault(b) || (load.GetValueOrDefault(m.Id) == load.GetValueOrDefault(b) && m.Id < b))
            {
                best = m.Id;
            }
        }

        var via = connectors.Count > 0 ? connectors[0] : r.WayIn.Introducer;
        var viaWords = connectors.Count > 0
            ? $"{members[connectors[0]].Name} holds the tie{(members[connectors[0]].IsLeader ? " but is a leader, whose time goes elsewhere" : " but owns enough already")} and introduces; "
            : "Nobody of ours holds a tie yet; ";
        if (best is { } spare)
        {
            return (spare, via, $"{viaWords}{members[spare].Name} owns it, having the fewest relationships in this plan among members who are not leaders.");
        }

        foreach (var m in members.Values)
        {
            if (best is not { } b || load.GetValueOrDefault(m.Id) < load.GetValueOrDefault(b) || (load.GetValueOrDefault(m.Id) == load.GetValueOrDefault(b) && m.Id < b))
            {
                best = m.Id;
            }
        }

        return best is { } any
            ? (any, via == any ? null : via, $"{viaWords}every member who is not a leader owns enough already, so {members[any].Name}, with the fewest, owns it.")
            : (null, null, "The chapter has no members to own it.");
    }
}
