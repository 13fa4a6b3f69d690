using System;
using System.Collections.Generic;
using System.Linq;

namespace Partnering.Core.Spreadsheets.Internal;

/// <summary>The partners sheet: organizations and individuals, one a row, told apart by the <c>type</c> column.</summary>
internal static class PartnerSheet
{
    public const string Id = "id";
    public const string Type = "type";
    public const string Name = "name";
    public const string Kind = "kind";
    public const string Nature = "partisan nature";

    private static readonly Dictionary<string, bool> TypeWords = new(StringComparer.Ordinal)
    {
        ["organization"] = true, ["organisation"] = true, ["org"] = true, ["group"] = true, ["organizations"] = true,
        ["individual"] = false, ["person"] = false, ["people"] = false, ["individuals"] = false,
    };

    private static readonly Dictionary<string, PartisanNature> NatureWords = new(StringComparer.Ordinal)
    {
        ["no"] = PartisanNature.Nonpartisan, ["none"] = PartisanNature.Nonpartisan, ["non"] = PartisanNature.Nonpartisan,
        ["yes"] = PartisanNature.Partisan, ["party"] = PartisanNature.Partisan, ["political"] = PartisanNature.Partisan,
    };

    /// <summary>Whether a type cell names an organization (<see langword="true"/>) or an individual.</summary>
    public static bool IsOrganization(string cell)
        => TypeWords.TryGetValue(Cells.Normalize(cell), out var organization)
            ? organization
            : throw new CellException($"expected organization or individual; got '{cell}'", Type);

    public static string TypeText(Partner partner) => partner is Organization ? "organization" : "individual";

    public static Sheet<Partner> Sheet { get; } = new(
        SpreadsheetSheet.Partners,
        [
            Col<Partner>.Text(Id, ["partner id", "org id", "key", "slug", "identifier"], p => p.Id.Value, (p, _) => p),
            new Column<Partner>(Type, ["partner type", "organization or individual", "entity", "entity type", "org or person"], TypeText, (p, _, _) => p),
            Col<Partner>.Text(Name, ["partner", "partner name", "organization", "organisation", "org", "org name", "organization name", "full name", "person"], p => p.Name, (p, v) => p with { Name = v }),
            Col<Partner>.Text("state", ["st", "state code"], p => p.State, (p, v) => p with { State = v }),
            Col<Partner>.List("issue areas", ["issues", "issue", "issue area", "causes", "focus", "focus areas"], p => p.IssueAreas, Cells.IssueArea, (p, v) => p with { IssueAreas = v }),
            Col<Partner>.List("tags", ["tag", "labels", "label"], p => p.Tags, t => t, (p, v) => p with { Tags = v }),
            Col<Partner>.Text("website", ["url", "web", "site", "web site", "homepage"], p => p.Website, (p, v) => p with { Website = v }),
            Contact("contact name", ["contact", "contact person", "primary contact"], c => c.Name, (c, v) => c with { Name = v }),
            Contact("contact role", ["contact title", "position"], c => c.Role, (c, v) => c with { Role = v }),
            Contact("email", ["e-mail", "email address", "contact email", "mail"], c => c.Email, (c, v) => c with { Email = v }),
            Contact("phone", ["telephone", "phone number", "tel", "mobile", "cell", "contact phone"], c => c.Phone, (c, v) => c with { Phone = v }),
            Org(Col<Organization>.Value<OrganizationKind>(Kind, ["org type", "organization type", "organization kind", "category", "sector"], o => o.Kind, KindOf, CellEnum<OrganizationKind>.Text, (o, v) => o with { Kind = v })),
            Org(Col<Organization>.Value<PartisanNature>(Nature, ["partisan", "partisanship", "nature", "political nature"], o => o.PartisanNature, NatureOf, CellEnum<PartisanNature>.Text, (o, v) => o with { PartisanNature = v })),
            Org(new Column<Organization>("tax status", ["tax", "tax exempt status", "irs status", "501c"], o => o.TaxStatus == TaxStatus.Unknown ? string.Empty : CellEnum<TaxStatus>.Text(o.TaxStatus), (o, c, _) => TaxStatusOf(c) is var status && status == o.TaxStatus ? o : o with { TaxStatus = status })),
            Org(Col<Organization>.List("goals", ["goal", "mission", "objectives"], o => o.Goals, t => t, (o, v) => o with { Goals = v }, terms: false)),
            Org(Col<Organization>.List("tactics", ["tactic", "strategy", "strategies"], o => o.Tactics, Cells.Tactic, (o, v) => o with { Tactics = v })),
            Org(Col<Organization>.List("capacities", ["capacity", "resources", "offers", "what they bring", "strengths"], o => o.Capacities, t => t, (o, v) => o with { Capacities = v }, terms: false)),
            Org(Col<Organization>.List("constraints", ["constraint", "needs", "limitations", "limits"], o => o.Constraints, t => t, (o, v) => o with { Constraints = v }, terms: false)),
            Org(Col<Organization>.Text("base", ["constituency", "who they represent"], o => o.Base, (o, v) => o with { Base = v })),
            Org(Col<Organization>.Value<int>("base size", ["members count", "membership size", "size", "number of members"], o => o.BaseSize, Cells.Count, v => v.ToString(System.Globalization.CultureInfo.InvariantCulture), (o, v) => o with { BaseSize = v })),
            Org(Col<Organization>.Text("national parent", ["national", "national body", "national organization", "parent", "chapter of"], o => o.NationalParent, (o, v) => o with { NationalParent = v })),
            Person(Col<Individual>.List("roles", ["role", "person role"], i => i.Roles, t => CellEnum<IndividualRole>.Parse(t, "a role"), (i, v) => i with { Roles = v }, text: CellEnum<IndividualRole>.Text)),
            Person(new Column<Individual>("office", ["office held", "current office"], i => i.Offices.Count == 0 ? string.Empty : i.Offices[0].Title, SetOffice, grows: true)),
            Person(new Column<Individual>("office since", ["in office since", "took office"], i => i.Offices.Count == 0 ? string.Empty : Cells.Text(i.Offices[0].Since), (i, _, _) => i, grows: true)),
            Person(new Column<Individual>("running for", ["candidacy", "candidate for", "running", "seeking office"], i => Last(i)?.Office ?? string.Empty, SetCandidacy, grows: true)),
            Person(new Column<Individual>("declared", ["declared on", "announced", "candidacy declared"], i => Last(i) is { } c ? Cells.Text(c.Declared) : string.Empty, (i, _, _) => i, grows: true)),
            Person(new Column<Individual>("election day", ["election", "election date"], i => Last(i) is { } c ? Cells.Text(c.ElectionDay) : string.Empty, (i, _, _) => i, grows: true)),
            Person(new Column<Individual>("withdrawn", ["withdrew", "withdrawn on", "dropped out"], i => Last(i) is { } c ? Cells.Text(c.Withdrawn) : string.Empty, (i, _, _) => i, grows: true)),
        ],
        p => p.UnknownFields,
        (p, u) => p with { UnknownFields = u });

    private static TaxStatus TaxStatusOf(string cell) => CellEnum<TaxStatus>.Parse(cell, "a tax status");

    private static PartisanNature NatureOf(string cell) => CellEnum<PartisanNature>.Parse(cell, "a partisan nature", NatureWords);

    private static OrganizationKind KindOf(string cell) => CellEnum<OrganizationKind>.Parse(cell, "a kind of organization");

    /// <summary>
    /// A new partner of the row's type, before its cells are applied. The usual columns (state, issue
    /// areas, website and an organization's kind, nature and tax status) are read into it at once, so
    /// that applying them changes nothing and a large sheet does not copy each new partner once a
    /// column; when any of them does not read, the partner starts bare and applying the columns
    /// reports the problem just as it would have.
    /// </summary>
    public static Partner Seed(bool organization, PartyId id, string name, RowCells row)
    {
        if (!organization)
        {
            try
            {
                return new Individual { Id = id, Name = name, State = Optional(row, StateColumn), IssueAreas = IssueAreasOf(row), Website = Optional(row, WebsiteColumn) };
            }
            catch (Exception e) when (e is ArgumentException or CellException)
            {
                return new Individual { Id = id, Name = name };
            }
        }

        // an organization's kind and nature decide eligibility: an unknown one is never guessed
        OrganizationKind kind;
        if (row.Cell(Kind).Length == 0)
        {
            kind = CellEnum<OrganizationKind>.HasUnknown ? CellEnum<OrganizationKind>.Unknown : OrganizationKind.Other;
        }
        else
        {
            kind = OrganizationKind.Other;
        }

        if (row.Cell(Nature).Length == 0 && !CellEnum<PartisanNature>.HasUnknown)
        {
            throw new CellException($"expected the partisan nature of a new organization ({CellEnum<PartisanNature>.Expected}): eligibility cannot be judged without it", Nature);
        }

        var nature = CellEnum<PartisanNature>.HasUnknown ? CellEnum<PartisanNature>.Unknown : PartisanNature.Nonpartisan;
        try
        {
            var kindCell = row.Cell(Kind);
            var natureCell = row.Cell(Nature);
            var taxCell = row.Cell(TaxColumn);
            return new Organization
            {
                Id = id,
                Name = name,
                Kind = kindCell.Length == 0 ? kind : KindOf(kindCell),
                PartisanNature = natureCell.Length == 0 ? nature : NatureOf(natureCell),
                TaxStatus = taxCell.Length == 0 ? TaxStatus.Unknown : TaxStatusOf(taxCell),
                State = Optional(row, StateColumn),
                IssueAreas = IssueAreasOf(row),
                Website = Optional(row, WebsiteColumn),
            };
        }
        catch (Exception e) when (e is ArgumentException or CellException)
        {
            return new Organization { Id = id, Name = name, Kind = kind, PartisanNature = nature };
        }
    }

    private const string StateColumn = "state";
    private const string WebsiteColumn = "website";
    private const string IssuesColumn = "issue areas";
    private const string TaxColumn = "tax status";

    private static string? Optional(RowCells row, string column) => row.Cell(column) is { Length: > 0 } cell ? cell : null;

    /// <summary>The issue areas cell's terms, each once, as applying the column to a partner without any would make them.</summary>
    private static IReadOnlyList<IssueArea> IssueAreasOf(RowCells row)
        => row.Cell(IssuesColumn) is { Length: > 0 } cell ? Cells.Union<IssueArea>([], Cells.Terms(cell).Select(Cells.IssueArea)) : [];

    private static Candidacy? Last(Individual individual) => individual.Candidacies.Count == 0 ? null : individual.Candidacies[^1];

    private static Column<Partner> Contact(string name, string[] synonyms, Func<ContactPoint, string?> get, Func<ContactPoint, string, ContactPoint> set)
        => Col<Partner>.Text(
            name,
            synonyms,
            p => p.Contacts.Count == 0 ? null : get(p.Contacts[0]),
            (p, v) => p with { Contacts = p.Contacts.Count == 0 ? [set(new ContactPoint(), v)] : [set(p.Contacts[0], v), .. p.Contacts.Skip(1)] });

    private static Column<Partner> Org(Column<Organization> column)
        => new(
            column.Name,
            [.. column.Keys.Skip(1)],
            p => p is Organization o ? column.Get(o) : string.Empty,
            (p, cell, row) => p is Organization o ? (column.Set ?? Keep)(o, cell, row) : throw new CellException("this column applies to organizations only; the row's type is individual"),
            column.Grows,
            column.EmptyText);

    private static Column<Partner> Person(Column<Individual> column)
        => new(
            column.Name,
            [.. column.Keys.Skip(1)],
            p => p is Individual i ? column.Get(i) : string.Empty,
            (p, cell, row) => p is Individual i ? (column.Set ?? Keep)(i, cell, row) : throw new CellException("this column applies to individuals only; the row's type is organization"),
            column.Grows,
            column.EmptyText);

    private static TPartner Keep<TPartner>(TPartner partner, string cell, RowCells row) => partner;

    private static Individual SetOffice(Individual individual, string title, RowCells row)
    {
        var sinceCell = row.Cell("office since");
        PartialDate? since = sinceCell.Length == 0 ? null : Parse(sinceCell, "office since");
        var existing = individual.Offices.FirstOrDefault(o => string.Equals(o.Title, title, StringComparison.OrdinalIgnoreCase));
        if (existing is null)
        {
            return individual with { Offices = [.. individual.Offices, new OfficeHeld { Title = title, Since = since }] };
        }

        return existing.Since is null && since is not null
            ? individual with { Offices = [.. individual.Offices.Select(o => ReferenceEquals(o, existing) ? o with { Since = since } : o)] }
            : individual;
    }

    private static Individual SetCandidacy(Individual individual, string office, RowCells row)
    {
        var declaredCell = row.Cell("declared");
        var electionCell = row.Cell("election day");
        if (declaredCell.Length == 0)
        {
            throw new CellException("expected the date the candidacy was declared (2026, 2026-02 or 2026-02-10)", "declared");
        }

        if (electionCell.Length == 0)
        {
            throw new CellException("expected the candidacy's election day (e.g. 2026-11-03)", "election day");
        }

        var declared = Parse(declaredCell, "declared");
        var election = Parse(electionCell, "election day");
        var withdrawnCell = row.Cell("withdrawn");
        PartialDate? withdrawn = withdrawnCell.Length == 0 ? null : Parse(withdrawnCell, "withdrawn");
        var same = individual.Candidacies.FirstOrDefault(c => string.Equals(c.Office, office, StringComparison.OrdinalIgnoreCase) && c.Declared == declared);
        if (same is null)
        {
            return individual with { Candidacies = [.. individual.Candidacies, new Candidacy { Office = office, Declared = declared, ElectionDay = election, Withdrawn = withdrawn }] };
        }

        if (same.ElectionDay != election)
        {
            throw new CellException($"the workspace has this candidacy's election day as {same.ElectionDay}, the sheet has {election}", "election day");
        }

        if (same.Withdrawn is { } had && withdrawn is { } now && had != now)
        {
            throw new CellException($"the workspace has this candidacy withdrawn on {had}, the sheet has {now}", "withdrawn");
        }

        return same.Withdrawn is null && withdrawn is not null
            ? individual with { Candidacies = [.. individual.Candidacies.Select(c => ReferenceEquals(c, same) ? c with { Withdrawn = withdrawn } : c)] }
            : individual;
    }

    private static PartialDate Parse(string cell, string column)
    {
        try
        {
            return Cells.PartialDate(cell);
        }
        catch (CellException e)
        {
            throw new CellException(e.Message, column);
        }
    }
}
