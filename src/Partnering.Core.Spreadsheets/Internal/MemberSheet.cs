using System.Linq;

namespace Partnering.Core.Spreadsheets.Internal;

/// <summary>The members sheet: the chapter's members, one a row.</summary>
internal static class MemberSheet
{
    public const string Id = "id";
    public const string Name = "name";

    public static Sheet<Member> Sheet { get; } = new(
        SpreadsheetSheet.Members,
        [
            Col<Member>.Text(Id, ["member id", "key", "identifier"], m => m.Id.Value, (m, _) => m),
            Col<Member>.Text(Name, ["member", "member name", "full name", "person"], m => m.Name, (m, v) => m with { Name = v }),
            Col<Member>.Text("email", ["e-mail", "email address", "mail"], m => m.Contact?.Email, (m, v) => m with { Contact = (m.Contact ?? new ContactPoint()) with { Email = v } }),
            Col<Member>.Text("phone", ["telephone", "phone number", "tel", "mobile", "cell"], m => m.Contact?.Phone, (m, v) => m with { Contact = (m.Contact ?? new ContactPoint()) with { Phone = v } }),
            Col<Member>.Flag("leader", ["is leader", "leadership", "core team", "organizer"], m => m.IsLeader, (m, v) => m with { IsLeader = v }),
            Col<Member>.List("skills", ["skill", "talents"], m => m.Skills, t => t, (m, v) => m with { Skills = v }),
            Col<Member>.List("issue expertise", ["expertise", "issues", "issue areas"], m => m.IssueExpertise, Cells.IssueArea, (m, v) => m with { IssueExpertise = v }),
            new Column<Member>(
                "affiliations",
                ["affiliation", "organizations", "groups", "memberships"],
                m => Cells.Join(m.Affiliations.Select(a => a.OrganizationName)),
                (m, cell, _) =>
                {
                    var added = Cells.Texts(cell).Where(n => !m.Affiliations.Any(a => a.OrganizationName == n)).Distinct().Select(n => new Affiliation { OrganizationName = n }).ToList();
                    return added.Count == 0 ? m : m with { Affiliations = [.. m.Affiliations, .. added] };
                },
                grows: true),
        ],
        m => m.UnknownFields,
        (m, u) => m with { UnknownFields = u });
}
