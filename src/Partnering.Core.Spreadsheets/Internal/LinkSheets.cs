using System;
using System.Linq;

namespace Partnering.Core.Spreadsheets.Internal;

/// <summary>Finds the party a cell names, by id or by name; throws <see cref="CellException"/> when none.</summary>
internal delegate PartyId PartyResolver(string cell);

/// <summary>The sheets whose rows link parties: ties, interactions and owners. Their columns resolve names to ids.</summary>
internal static class LinkSheets
{
    public const string From = "from";
    public const string To = "to";
    public const string Category = "category";
    public const string Strength = "strength";
    public const string Date = "date";
    public const string Partner = "partner";
    public const string Kind = "kind";
    public const string Direction = "direction";
    public const string Summary = "summary";
    public const string Owner = "owner";
    public const string Since = "since";

    private static readonly System.Collections.Generic.Dictionary<string, Core.InteractionKind> KindWords = new(StringComparer.Ordinal)
    {
        ["11"] = Core.InteractionKind.OneOnOne, ["oneonone"] = Core.InteractionKind.OneOnOne, ["alert"] = Core.InteractionKind.AlertShared,
        ["invitation"] = Core.InteractionKind.InvitationExtended, ["invite"] = Core.InteractionKind.InvitationExtended,
    };

    private static readonly System.Collections.Generic.Dictionary<string, Direction> DirectionWords = new(StringComparer.Ordinal)
    {
        ["us"] = Core.Direction.FromUs, ["we"] = Core.Direction.FromUs, ["them"] = Core.Direction.FromPartner, ["partner"] = Core.Direction.FromPartner,
        ["both"] = Core.Direction.Mutual, ["mutual"] = Core.Direction.Mutual,
    };

    public static Sheet<Tie> Ties(PartyResolver resolve) => new(
        SpreadsheetSheet.Ties,
        [
            Col<Tie>.Text(From, ["from id", "party", "person or org", "who"], t => t.From.Value, (t, _) => t),
            Col<Tie>.Text(To, ["to id", "with", "connected to", "related to"], t => t.To.Value, (t, _) => t),
            new Column<Tie>(Category, ["type", "kind", "tie type", "relationship"], t => CellEnum<TieCategory>.Text(t.Category), (t, _, _) => t),
            Col<Tie>.Value<double>(Strength, ["weight", "closeness"], t => t.Strength, Cells.Strength, Cells.Text, (t, v) => t with { Strength = v }),
            Col<Tie>.Value<PartialDate>(Since, ["start", "from date", "started"], t => t.Since, Cells.PartialDate, d => d.ToString(), (t, v) => t with { Since = v }),
            Col<Tie>.Value<PartialDate>("until", ["end", "to date", "ended"], t => t.Until, Cells.PartialDate, d => d.ToString(), (t, v) => t with { Until = v }),
            Col<Tie>.Text("source", ["learned from", "source of information"], t => t.Source, (t, v) => t with { Source = v }),
            Col<Tie>.Text("note", ["how", "description", "notes", "relation"], t => t.Note, (t, v) => t with { Note = v }),
        ],
        t => t.UnknownFields,
        (t, u) => t with { UnknownFields = u });

    public static TieCategory CategoryOf(string cell) => CellEnum<TieCategory>.Parse(cell, "a kind of tie");

    public static Sheet<Interaction> Interactions(PartyResolver resolve) => new(
        SpreadsheetSheet.Interactions,
        [
            // the key columns: the merge reads them to find the interaction, so there is nothing to apply
            new Column<Interaction>(Date, ["when", "day", "on"], i => Cells.Text(i.Date), null),
            new Column<Interaction>(Partner, ["partner id", "partner name", "organization", "org", "with"], i => i.Partner.Value, null),
            new Column<Interaction>(Kind, ["type", "interaction", "activity", "what"], i => CellEnum<Core.InteractionKind>.Text(i.Kind), null),
            new Column<Interaction>(Direction, ["initiated by", "who started", "from"], i => CellEnum<Direction>.Text(i.Direction), null),
            Col<Interaction>.List("participants", ["attendees", "people", "who", "members"], i => i.Participants, t => resolve(t), (i, v) => i with { Participants = v }),
            new Column<Interaction>(Summary, ["notes", "note", "description", "details"], i => i.Summary ?? string.Empty, null),
            Col<Interaction>.Flag("delivered", ["held", "happened", "completed"], i => i.Delivered, (i, v) => i with { Delivered = v }, defaultValue: true),
        ],
        i => i.UnknownFields,
        (i, u) => i with { UnknownFields = u });

    public static Core.InteractionKind InteractionKindOf(string cell) => CellEnum<Core.InteractionKind>.Parse(cell, "a kind of interaction", KindWords);

    public static Direction DirectionOf(string cell) => CellEnum<Direction>.Parse(cell, "a direction", DirectionWords);

    /// <summary>One owner assignment a row; the partnership's flags ride on the same rows.</summary>
    public static Sheet<OwnerAssignment> Owners() => new(
        SpreadsheetSheet.Owners,
        [
            new Column<OwnerAssignment>(Owner, ["member", "owned by", "relationship owner", "lead", "point person", "owner id"], a => a.Member.IsEmpty ? string.Empty : a.Member.Value, (a, _, _) => a),
            new Column<OwnerAssignment>(Since, ["owner since", "start", "date"], a => a.Member.IsEmpty ? string.Empty : Cells.Text(a.Since), (a, _, _) => a),
            Col<OwnerAssignment>.Text("reason", ["handoff reason", "why"], a => a.Reason, (a, v) => a with { Reason = v }),
        ],
        a => a.UnknownFields,
        (a, u) => a with { UnknownFields = u });

    /// <summary>The partnership flags on the owners sheet, read with the partner column.</summary>
    public static Sheet<Partnership> Partnerships() => new(
        SpreadsheetSheet.Owners,
        [
            Col<Partnership>.Flag("affiliate", ["is affiliate"], p => p.Affiliate, (p, v) => p with { Affiliate = v }),
            Col<Partnership>.Flag("coalition", ["coalition member", "in coalition"], p => p.CoalitionMember, (p, v) => p with { CoalitionMember = v }),
        ],
        p => p.UnknownFields,
        (p, u) => p with { UnknownFields = u });

    /// <summary>The owners sheet's columns in export order: partner, the assignment's, then the flags.</summary>
    public static string[] OwnerHeaders { get; } = [Partner, .. Owners().Columns.Select(c => c.Name), .. Partnerships().Columns.Select(c => c.Name)];
}
