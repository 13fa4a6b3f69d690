using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Partnering.Core.Spreadsheets.Internal;

// The owners and partnerships sheets, read as one: an owner row and its partnership flags.
internal sealed partial class WorkspaceMerge
{
    private void Owners(CsvInput input)
    {
        var owners = LinkSheets.Owners();
        var flags = LinkSheets.Partnerships();
        var columns = new List<(string Name, IReadOnlyList<string> Keys)> { (LinkSheets.Partner, ["partner", "partnerid", "partnership", "organization", "org", "partnername"]) };
        columns.AddRange(owners.Columns.Select(c => (c.Name, c.Keys)));
        columns.AddRange(flags.Columns.Select(c => (c.Name, c.Keys)));
        var all = Layout(input, columns, [.. columns.Select(c => c.Name)], out var unknown);
        if (all is null)
        {
            return;
        }

        var hasOwner = all.Has(LinkSheets.Owner);
        int[] Pick(IEnumerable<string> names) => [.. names.Select(n => all.FieldByColumn[Array.IndexOf(all.ColumnNames, n)])];
        var ownerLayout = new SheetLayout(input.Name, input.Sheet, input.Headers, Pick(owners.Columns.Select(c => c.Name)), [.. owners.Columns.Select(c => c.Name)], unknown);
        var flagLayout = new SheetLayout(input.Name, input.Sheet, input.Headers, Pick(flags.Columns.Select(c => c.Name)), [.. flags.Columns.Select(c => c.Name)], hasOwner ? [] : unknown);
        foreach (var (number, fields) in input.Rows())
        {
            var row = new RowCells(all, fields, number);
            try
            {
                Changes.Add(OwnerRow(owners, flags, row, new RowCells(ownerLayout, fields, number), new RowCells(flagLayout, fields, number)));
            }
            catch (CellException e)
            {
                _problems.Add(new SpreadsheetProblem(input.Name, number, e.Column is null ? null : all.HeaderOf(e.Column), e.Message));
            }
        }
    }

    private PendingChange OwnerRow(Sheet<OwnerAssignment> owners, Sheet<Partnership> flags, RowCells row, RowCells ownerRow, RowCells flagRow)
    {
        var partner = ResolvePartner(Required(row, LinkSheets.Partner, "the id or name of the partner"), LinkSheets.Partner);
        var existing = _partnershipIndex.TryGetValue(partner, out var at) ? _partnerships[at] : null;
        var details = new List<string>();
        var flagKind = flags.Merge(existing, existing ?? new Partnership { Partner = partner }, flagRow, details, out var partnership);
        if (flagKind == ImportChangeKind.Conflicting)
        {
            return Change(flagKind, row, partner.Value, details);
        }

        var key = partner.Value;
        var ownerKind = ImportChangeKind.Unchanged;
        var ownerCell = row.Cell(LinkSheets.Owner);
        if (ownerCell.Length != 0)
        {
            var member = ResolveMember(ownerCell, LinkSheets.Owner);
            var since = In(LinkSheets.Since, () => Cells.Date(Required(row, LinkSheets.Since, "the date the owner took charge (2025-03-14)")));
            key = string.Create(CultureInfo.InvariantCulture, $"{partner} owned by {member} from {Cells.Text(since)}");
            var assignment = partnership.Owners.FirstOrDefault(o => o.Member == member && o.Since == since);
            ownerKind = owners.Merge(assignment, assignment ?? new OwnerAssignment { Member = member, Since = since }, ownerRow, details, out var kept);
            if (ownerKind == ImportChangeKind.Conflicting)
            {
                return Change(ownerKind, row, key, details);
            }

            if (ownerKind == ImportChangeKind.Added)
            {
                partnership = partnership with { Owners = [.. partnership.Owners, kept] };
            }
            else if (ownerKind == ImportChangeKind.Updated)
            {
                partnership = partnership with { Owners = [.. partnership.Owners.Select(o => ReferenceEquals(o, assignment) ? kept : o)] };
            }
        }

        var kind = existing is null ? ImportChangeKind.Added
            : flagKind == ImportChangeKind.Updated || ownerKind != ImportChangeKind.Unchanged ? (ownerKind == ImportChangeKind.Added && flagKind == ImportChangeKind.Unchanged ? ImportChangeKind.Added : ImportChangeKind.Updated)
            : ImportChangeKind.Unchanged;
        if (existing is null)
        {
            _partnershipIndex[partner] = _partnerships.Count;
            _partnerships.Add(partnership);
            _changed = true;
        }
        else if (!ReferenceEquals(existing, partnership))
        {
            _partnerships[at] = partnership;
            _changed = true;
        }

        return Change(kind, row, key, details);
    }
}
