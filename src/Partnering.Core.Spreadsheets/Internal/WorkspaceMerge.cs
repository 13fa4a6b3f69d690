using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Partnering.Core.Spreadsheets.Internal;

/// <summary>
/// The working copy an import merges rows into. Each row is read whole before anything of it is
/// kept, so a row with a problem changes nothing.
/// </summary>
internal sealed partial class WorkspaceMerge
{
    private readonly Workspace _workspace;
    private readonly SpreadsheetImportOptions _options;
    private readonly List<SpreadsheetProblem> _problems;

    private readonly ChunkList<Partner> _partners;
    private readonly PartyIndex _partnerIndex = new();

    /// <summary>Beside <see cref="_partners"/>: each partner's interactions, made when the first is looked for.</summary>
    private readonly ChunkList<PartnerSlot?> _slots = new();
    private readonly List<string> _details = [];
    private readonly List<Member> _members;
    private readonly PartyIndex _memberIndex = new();
    /// <summary>The first party a name names (by <see cref="NameKey"/>); the others, rarely any, in <see cref="_moreByName"/>.</summary>
    private readonly Dictionary<string, PartyId> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<PartyId>> _moreByName = new(StringComparer.Ordinal);
    private ChunkList<(string Name, PartyId Id)>? _unindexedNames = new();
    private readonly List<Tie> _ties;
    private readonly Dictionary<(PartyId, PartyId, TieCategory), int> _tieIndex = [];
    private readonly ChunkList<Interaction> _interactions;

    /// <summary>Once the interactions are indexed: for each, the place of its partner's interaction before it (or -1) and its key.</summary>
    private readonly ChunkList<InteractionLink> _earlierOfPartner = new();
    private bool _interactionsIndexed;
    private readonly List<Partnership> _partnerships;
    private readonly Dictionary<PartyId, int> _partnershipIndex = [];
    private bool _changed;

    public WorkspaceMerge(Workspace workspace, SpreadsheetImportOptions options, List<SpreadsheetProblem> problems)
    {
        _workspace = workspace;
        _options = options;

        _problems = problems;
        _partners = new(workspace.Partners);
        _members = [.. workspace.Chapter.Members];
        _ties = [.. workspace.Ties];
        _interactions = new(workspace.Interactions);
        _partnerships = [.. workspace.Partnerships];
        AddName(workspace.Chapter.Name, workspace.Chapter.Id);
        for (var i = 0; i < _partners.Count; i++)
        {
            _partnerIndex.TryAdd(_partners[i].Id, i);
            _slots.Add(null);
            AddName(_partners[i].Name, _partners[i].Id);
        }

        for (var i = 0; i < _members.Count; i++)
        {
            _memberIndex.TryAdd(_members[i].Id, i);
            AddName(_members[i].Name, _members[i].Id);
        }

        for (var i = 0; i < _ties.Count; i++)
        {
            _tieIndex.TryAdd(TieKey(_ties[i].From, _ties[i].To, _ties[i].Category), i);
        }

        for (var i = 0; i < _partnerships.Count; i++)
        {
            _partnershipIndex.TryAdd(_partnerships[i].Partner, i);
        }
    }

    public ChangeLog Changes { get; } = new();

    public Workspace Result() => !_changed ? _workspace : _workspace with
    {
        Chapter = _workspace.Chapter with { Members = _members },
        Partners = _partners,
        Ties = _ties,
        Interactions = _interactions,
        Partnerships = _partnerships,
    };

    public void Apply(CsvInput input)
    {

        switch (input.Sheet)
        {
            case SpreadsheetSheet.Partners:
                Rows(input, PartnerSheet.Sheet, PartnerRow);
                break;
            case SpreadsheetSheet.Members:
                Rows(input, MemberSheet.Sheet, MemberRow);
                break;
            case SpreadsheetSheet.Ties:
                Rows(input, LinkSheets.Ties(ResolveParty), TieRow);
                break;
            case SpreadsheetSheet.Interactions:
                Rows(input, LinkSheets.Interactions(ResolveParty), InteractionRow);
                break;
            default:
                Owners(input);
                break;
        }
    }

    private void Rows<T>(CsvInput input, Sheet<T> sheet, Func<Sheet<T>, RowCells, PendingChange> row)
    {
        var layout = Layout(input, sheet.Columns.Select(c => (c.Name, c.Keys)).ToList(), sheet.Columns.Select(c => c.Name).ToArray(), out _);
        if (layout is null)
        {
            return;
        }

        foreach (var (number, fields) in input.Rows())
        {
            var cells = new RowCells(layout, fields, number);
            try
            {
                Changes.Add(row(sheet, cells));
            }
            catch (CellException e)
            {
                _problems.Add(new SpreadsheetProblem(input.Name, number, e.Column is null ? null : layout.HeaderOf(e.Column), e.Message));
            }
        }
    }

    private SheetLayout? Layout(CsvInput input, List<(string Name, IReadOnlyList<string> Keys)> columns, string[] names, out List<(string Header, int Index)> unknown)
    {
        var before = _problems.Count;
        (var fieldByColumn, unknown) = input.Match(columns, _options, _problems);
        return _problems.Count != before ? null : new SheetLayout(input.Name, input.Sheet, input.Headers, fieldByColumn, names, unknown);
    }

    private PendingChange PartnerRow(Sheet<Partner> sheet, RowCells row)
    {
        var (existing, id, name) = Find(row, PartnerSheet.Id, PartnerSheet.Name, _partners, _partnerIndex, p => p.Id, "partner");
        var typeCell = row.Cell(PartnerSheet.Type);
        var organization = typeCell.Length == 0 ? existing is null or Organization : PartnerSheet.IsOrganization(typeCell);
        var details = _details;
        details.Clear();
        if (existing is not null && organization != existing is Organization)
        {
            details.Add($"type: the workspace has '{PartnerSheet.TypeText(existing)}', the sheet has '{typeCell}'");
            return Change(ImportChangeKind.Conflicting, row, id.Value, details);
        }

        var seed = existing is null ? PartnerSheet.Seed(organization, id, name, row) : existing;
        var kind = sheet.Merge(existing, seed, row, details, out var result);
        Keep(kind, existing, result, _partners, _partnerIndex, result.Id, result.Name);
        return Change(kind, row, id.Value, details);
    }

    private PendingChange MemberRow(Sheet<Member> sheet, RowCells row)
    {
        var (existing, id, name) = Find(row, MemberSheet.Id, MemberSheet.Name, _members, _memberIndex, m => m.Id, "member");
        var details = _details;
        details.Clear();
        var kind = sheet.Merge(existing, existing ?? new Member { Id = id, Name = name }, row, details, out var result);
        Keep(kind, existing, result, _members, _memberIndex, result.Id, result.Name);
        return Change(kind, row, id.Value, details);
    }

    private PendingChange TieRow(Sheet<Tie> sheet, RowCells row)
    {
        var from = ResolveParty(Required(row, LinkSheets.From, "the id or name of the party at one end"), LinkSheets.From);
        var to = ResolveParty(Required(row, LinkSheets.To, "the id or name of the party at the other end"), LinkSheets.To);
        var category = In(LinkSheets.Category, () => LinkSheets.CategoryOf(Required(row, LinkSheets.Category, "the kind of tie")));
        var key = TieKey(from, to, category);
        var existing = _tieIndex.TryGetValue(key, out var at) ? _ties[at] : null;
        if (existing is null && row.Cell(LinkSheets.Strength).Length == 0)
        {
            throw new CellException("expected the new tie's strength, from 0 (none) to 1 (as strong as ties get)", LinkSheets.Strength);
        }

        var details = new List<string>();
        var kind = sheet.Merge(existing, existing ?? new Tie { From = from, To = to, Category = category, Strength = 0 }, row, details, out var result);
        if (kind == ImportChangeKind.Added)
        {
            _tieIndex[key] = _ties.Count;
            _ties.Add(result);
            _changed = true;
        }
        else if (kind == ImportChangeKind.Updated)
        {
            _ties[at] = result;
            _changed = true;
        }

        return Change(kind, row, $"{from}–{to} ({CellEnum<TieCategory>.Text(category)})", details);
    }

    private PendingChange InteractionRow(Sheet<Interaction> sheet, RowCells row)
    {
        // the hot path of a large import: no closures, one dictionary lookup, the key cells read from
        // their bytes when they are written the usual way (a full date, an id, a kind's own name), and
        // as text otherwise, each in turn, so a row with problems reports the same first one
        var date = row.TryUtf8(InteractionColumns.Date, out var dateBytes) && Cells.TryIsoDate(dateBytes, out var isoDate)
            ? isoDate
            : DateCell(Required(row, InteractionColumns.Date, LinkSheets.Date, "the date it happened (2025-03-14)"), LinkSheets.Date);
        var slot = PartnerSlotOf(row);
        var partner = slot.Id;
        var kindOf = row.TryUtf8(InteractionColumns.Kind, out var kindBytes) && CellEnum<InteractionKind>.TryWritten(kindBytes, out var writtenKind)
            ? writtenKind
            : KindCell(Required(row, InteractionColumns.Kind, LinkSheets.Kind, "what happened (meeting, oneOnOne, alertShared...)"));
        var direction = row.TryUtf8(InteractionColumns.Direction, out var directionBytes) && TryDirection(directionBytes, out var writtenDirection)
            ? writtenDirection
            : DirectionOf(row.Cell(InteractionColumns.Direction));

        var summaryCell = row.Cell(InteractionColumns.Summary);
        if (!_interactionsIndexed)
        {
            IndexInteractions();
        }

        // the same interaction is the same partner, date, kind, direction and summary
        var at = slot.Find(_interactions, _earlierOfPartner, date, kindOf, direction, summaryCell);
        var existing = at >= 0 ? _interactions[at] : null;
        var details = _details;
        details.Clear();
        var seed = existing ?? new Interaction { Kind = kindOf, Date = date, Partner = partner, Direction = direction, Summary = summaryCell.Length == 0 ? null : summaryCell };
        var kind = sheet.Merge(existing, seed, row, details, out var result);
        if (kind == ImportChangeKind.Added)
        {
            _interactions.Add(result);
            slot.Add(_interactions, _earlierOfPartner, _interactions.Count - 1);
            _changed = true;
        }
        else if (kind == ImportChangeKind.Updated)
        {
            _interactions[at] = result;
            _changed = true;
        }

        return Change(kind, row, result, details);
    }

    /// <summary>The partner an interaction row names: by its id's bytes when it is one, else as <see cref="ResolvePartner"/> finds it.</summary>
    private PartnerSlot PartnerSlotOf(RowCells row)
    {
        if (row.TryUtf8(InteractionColumns.Partner, out var utf8) && utf8.Length is > 0 and <= PartyId.MaxLength)
        {
            // ids are ASCII: widened at once, other text decoded
            Span<char> text = stackalloc char[PartyId.MaxLength];
            var length = Ascii.ToUtf16(utf8, text, out var widened) == System.Buffers.OperationStatus.Done ? widened : Encoding.UTF8.GetChars(utf8, text);
            if (_partnerIndex.TryGetValue(text[..length], out var found))
            {
                return SlotOf(found);
            }
        }

        var partnerCell = Required(row, InteractionColumns.Partner, LinkSheets.Partner, "the id or name of the partner");
        return SlotOf(PartyId.TryParse(partnerCell, out var id) && _partnerIndex.TryGetValue(id, out var known) ? known : _partnerIndex[ResolvePartner(partnerCell, LinkSheets.Partner)]);
    }

    private PartnerSlot SlotOf(int partner) => _slots[partner] ??= new PartnerSlot(_partners[partner].Id);

    /// <summary>The interactions sheet's key columns, by their place in <see cref="LinkSheets.Interactions"/>.</summary>
    private static class InteractionColumns
    {
        public const int Date = 0;
        public const int Partner = 1;
        public const int Kind = 2;
        public const int Direction = 3;
        public const int Summary = 5;
    }

    private static DateOnly DateCell(string cell, string column)
    {
        try
        {
            return Cells.Date(cell);
        }
        catch (CellException e)
        {
            throw new CellException(e.Message, column);
        }
    }

    private static InteractionKind KindCell(string cell)
    {
        try
        {
            return LinkSheets.InteractionKindOf(cell);
        }
        catch (CellException e)
        {
            throw new CellException(e.Message, LinkSheets.Kind);
        }
    }

    private static bool TryDirection(ReadOnlySpan<byte> utf8, out Direction direction)
    {
        if (utf8.IsEmpty)
        {
            direction = Direction.Mutual;
            return true;
        }

        return CellEnum<Direction>.TryWritten(utf8, out direction);
    }

    private static Direction DirectionOf(string cell)
    {
        if (cell.Length == 0)
        {
            return Direction.Mutual;
        }

        try
        {
            return LinkSheets.DirectionOf(cell);
        }
        catch (CellException e)
        {
            throw new CellException(e.Message, LinkSheets.Direction);
        }
    }

    private void IndexInteractions()
    {
        for (var i = 0; i < _interactions.Count; i++)
        {
            // the loader has checked that every interaction names a partner
            if (_partnerIndex.TryGetValue(_interactions[i].Partner, out var partner))
            {
                SlotOf(partner).Add(_interactions, _earlierOfPartner, i);
            }
            else
            {
                _earlierOfPartner.Add(new InteractionLink(-1, default, default, default));
            }
        }

        _interactionsIndexed = true;
    }

    /// <summary>
    /// A partner by its id text, with its interactions: a chain through the working list (each
    /// interaction's place points to the partner's one before it) scanned while the partner has few,
    /// a dictionary once it has many. Nothing is allocated per partner until then.
    /// </summary>
    private sealed class PartnerSlot(PartyId id)
    {
        private const int ScanLimit = 32;
        private int _last = -1;
        private int _count;
        private Dictionary<(DateOnly, InteractionKind, Direction, string), int>? _index;

        public PartyId Id { get; } = id;

        /// <summary>The place of the partner's first interaction equal to the one described, or -1.</summary>
        public int Find(ChunkList<Interaction> all, ChunkList<InteractionLink> links, DateOnly date, InteractionKind kind, Direction direction, string summary)
        {
            if (_index is not null)
            {
                return _index.TryGetValue((date, kind, direction, summary), out var at) ? at : -1;
            }

            // the chain runs newest first: keep walking, so the first in the list wins; the links hold
            // the key's small parts, so only a likely match is looked at
            var found = -1;
            var day = date.DayNumber;
            for (var at = _last; at >= 0;)
            {
                var link = links[at];
                if (link.Day == day && link.Kind == kind && link.Direction == direction && string.Equals(all[at].Summary ?? string.Empty, summary, StringComparison.Ordinal))
                {
                    found = at;
                }

                at = link.Earlier;
            }

            return found;
        }

        /// <summary>Records the partner's interaction at <paramref name="at"/>, the next place of <paramref name="links"/>.</summary>
        public void Add(ChunkList<Interaction> all, ChunkList<InteractionLink> links, int at)
        {
            var added = all[at];
            links.Add(new InteractionLink(_last, added.Date.DayNumber, added.Kind, added.Direction));
            _last = at;
            _count++;
            if (_count <= ScanLimit)
            {
                return;
            }

            if (_index is null)
            {
                // newest first, overwriting: the first in the list wins, as TryAdd keeps it below
                _index = [];
                for (var i = _last; i >= 0; i = links[i].Earlier)
                {
                    var x = all[i];
                    _index[(x.Date, x.Kind, x.Direction, x.Summary ?? string.Empty)] = i;
                }

                return;
            }

            _index.TryAdd((added.Date, added.Kind, added.Direction, added.Summary ?? string.Empty), at);
        }
    }

    /// <summary>An interaction's place in its partner's chain, with the parts of its key that fit beside it.</summary>
    private readonly record struct InteractionLink(int Earlier, int Day, InteractionKind Kind, Direction Direction);

    private (T? Existing, PartyId Id, string Name) Find<T>(RowCells row, string idColumn, string nameColumn, IList<T> list, PartyIndex index, Func<T, PartyId> idOf, string what)
        where T : class
    {
        var idCell = row.Cell(idColumn);
        var name = row.Cell(nameColumn);
        if (idCell.Length != 0)
        {
            PartyId id;
            try
            {
                id = Cells.Id(idCell);
            }
            catch (CellException e) when (e.Column is null)
            {
                throw new CellException(e.Message, idColumn);
            }

            var existing = index.TryGetValue(id, out var at) ? list[at] : null;
            if (existing is null && name.Length == 0)
            {
                throw new CellException($"expected the new {what}'s name", nameColumn);
            }

            if (existing is null && IsTaken(id))
            {
                throw new CellException($"the id '{id}' already names another party in the workspace; ids are unique whatever kind of party they name", idColumn);
            }

            return (existing, id, name);
        }

        if (name.Length == 0)
        {
            throw new CellException($"expected the {what}'s id or name");
        }

        if (IdsNamed(NameKey(name)) is { } ids)
        {
            var matches = ids.Where(index.ContainsKey).Distinct().ToList();
            if (matches.Count > 1)
            {
                throw new CellException($"'{name}' names {matches.Count} {what}s ({string.Join(", ", matches)}): give the id", nameColumn);
            }

            if (matches.Count == 1)
            {
                return (list[index[matches[0]]], matches[0], name);
            }
        }

        return (null, NewId(name), name);
    }

    private void Keep<T>(ImportChangeKind kind, T? existing, T result, IList<T> list, PartyIndex index, PartyId id, string name)
        where T : class
    {
        if (kind == ImportChangeKind.Added)
        {
            index[id] = list.Count;
            list.Add(result);
            AddName(name, id);
            if (result is Partner)
            {
                _slots.Add(null);
            }

            _changed = true;
        }
        else if (kind == ImportChangeKind.Updated)
        {
            list[index[id]] = result;
            AddName(name, id);
            _changed = true;
        }

        _ = existing;
    }

    private static PendingChange Change(ImportChangeKind kind, RowCells row, object subject, List<string> details)
        => new(kind, row.Row, row.Layout, subject, details.Count == 0 ? null : [.. details]);

    private static string Required(RowCells row, int index, string column, string expected)
    {
        var cell = row.Cell(index);
        return cell.Length != 0 ? cell : throw new CellException(row.Layout.Has(column) ? $"expected {expected}; the cell is empty" : $"expected {expected}; the file has no '{column}' column", column);
    }

    private static string Required(RowCells row, string column, string expected)
    {
        var cell = row.Cell(column);
        return cell.Length != 0 ? cell : throw new CellException(row.Layout.Has(column) ? $"expected {expected}; the cell is empty" : $"expected {expected}; the file has no '{column}' column", column);
    }

    private static T In<T>(string column, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (CellException e) when (e.Column is null)
        {
            throw new CellException(e.Message, column);
        }
    }
}
