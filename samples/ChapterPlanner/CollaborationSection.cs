using Partnering.Core;
using Partnering.Core.Collaboration;

namespace ChapterPlanner;

/// <summary>
/// Prints how the chapter works with its partners: the next coalition table meeting's open actions by
/// owner, the calendar conflicts ahead, and the readiness of the next planned meeting. The data comes
/// from the workspace's <c>"collaboration"</c> section.
/// </summary>
internal static class CollaborationSection
{
    public static void Print(ChapterSession session, TextWriter output)
    {
        var (workspace, asOf) = (session.Workspace, session.AsOf);
        if (workspace.Collaboration is not { } data)
        {
            output.WriteLine();
            output.WriteLine("Coalition tables: the workspace has no \"collaboration\" section.");
            return;
        }

        string Name(PartyId id) => session.Directory.NameOf(id) ?? id.Value;

        output.WriteLine();
        output.WriteLine("Coalition tables");
        foreach (var table in data.Tables)
        {
            var brief = session.NextMeeting(table);
            output.WriteLine($"  {table.Name}: next meeting {(brief.Date is { } date ? date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "none scheduled")}");
            if (brief.OpenByOwner.Count == 0)
            {
                output.WriteLine("    No open actions.");
            }

            foreach (var owner in brief.OpenByOwner)
            {
                output.WriteLine($"    {Name(owner.Owner)} ({owner.Open.Count} open, {owner.OverdueAtMeeting} overdue by then)");
                foreach (var action in owner.Open)
                {
                    output.WriteLine($"      - {action.Description} ({(action.Person is { } person ? Name(person) : action.PersonName ?? "no one named")}, due {action.Due:yyyy-MM-dd})");
                }
            }

            foreach (var meeting in table.Meetings)
            {
                foreach (var proposal in meeting.Agenda.Select(i => i.Proposal).OfType<TacticProposal>())
                {
                    var verdict = session.ReviewTactic(proposal, meeting.Date, table);
                    output.WriteLine($"    Proposed tactic '{proposal.Tactic}': {(verdict.Join ? "we join" : "we do not join")} ({verdict.Outcome}): {verdict.Reasons[0].Message}");
                }
            }

            // "Our standing" only where the chapter holds a seat.
            if (session.OurStandingAt(table) is { } standing)
            {
                output.WriteLine($"    Our standing: attended {standing.AttendanceRegularity:P0} of meetings; under-promise, over-deliver {standing.FollowThrough.UnderPromiseOverDeliver:P0}");
            }
            else
            {
                output.WriteLine("    We hold no seat at this table.");
            }
        }

        output.WriteLine();
        output.WriteLine("Calendar conflicts ahead");
        var conflicts = session.ConflictsAhead;
        if (conflicts.Count == 0)
        {
            output.WriteLine($"  None among {data.Calendar.Count(e => e.Date >= asOf)} upcoming event(s).");
        }

        foreach (var conflict in conflicts)
        {
            var ours = conflict.First.Host == conflict.Us || conflict.Second.Host == conflict.Us;
            var suggestion = !ours ? "neither is ours: tell both hosts"
                : conflict.Suggestion == ConflictSuggestion.CombineIntoOneAction ? "propose to combine into one action"
                : $"offer to move ours, '{conflict.MoveEvent}'";
            output.WriteLine($"  {conflict.First.Date:yyyy-MM-dd} {conflict.First.Id} x {conflict.Second.Id}: {suggestion}");
            output.WriteLine($"    {conflict.Reason}");
        }

        output.WriteLine();
        var planned = data.PlannedMeetings.Where(m => m.Date >= asOf).OrderBy(m => m.Date).FirstOrDefault() ?? (data.PlannedMeetings.Count > 0 ? data.PlannedMeetings[0] : null);
        if (planned is null)
        {
            output.WriteLine("No meeting is being planned.");
            return;
        }

        // The meeting check, every item of seed 004's checklist, a week before the meeting (an explicit date).
        var checkedOn = planned.Date.AddDays(-7);
        var readiness = session.CheckMeeting(planned, checkedOn);
        output.WriteLine($"Readiness of '{planned.Title}' on {planned.Date:yyyy-MM-dd}, checked {checkedOn:yyyy-MM-dd}: {(readiness.Ready ? "ready" : $"{readiness.Unmet.Count} item(s) to do")}");
        output.WriteLine("  Agenda:");
        foreach (var item in planned.Agenda)
        {
            output.WriteLine($"    {item.Minutes,3} min  {item.Title} ({item.Speaker ?? "no speaker"}{(item.Guest ? ", invited guest" : string.Empty)})");
        }

        foreach (var item in readiness.Items)
        {
            output.WriteLine($"  [{(item.Met ? "ok" : "todo")}] {item.Item}: {item.Reason}");
        }

        // One-on-ones, reviewed against the chapter's policy on the day (seeds 000 and 004), then seeds 001 and 003: research, talk balance, the five parts, and for a
        // first meeting: go to them, leadership level, listen first, invite them back with a time and place.
        output.WriteLine();
        output.WriteLine("One-on-one reviews");
        foreach (var oneOnOne in data.OneOnOnes)
        {
            var findings = session.ReviewOneOnOne(oneOnOne);
            output.WriteLine($"  {Name(oneOnOne.Partner)} on {oneOnOne.Date:yyyy-MM-dd}{(oneOnOne.FirstMeeting ? " (first meeting)" : string.Empty)}: {(findings.Count == 0 ? "followed the guidance" : $"{findings.Count} finding(s)")}");

            // First the session's own check: may we work with them on that day (seeds 000 and 004)?
            var eligibility = findings.Where(f => f.RuleId == ChapterSession.OneOnOneEligibilityRule).ToArray();
            output.WriteLine(eligibility.Length == 0
                ? $"    [ok] {OneOnOneReview.GuidanceFor(ChapterSession.OneOnOneEligibilityRule)}"
                : string.Join(Environment.NewLine, eligibility.Select(f => $"    [todo] {f.RuleId}: {f.Message} ({f.Guidance})")));

            // Every check, held or not, with the guidance it follows (the first-meeting checks only for a first meeting).
            foreach (var rule in OneOnOneReview.Rules)
            {
                var found = findings.Where(f => f.RuleId == rule).ToArray();
                if (found.Length == 0)
                {
                    var firstMeetingOnly = rule is "one-on-one.go-to-them" or "one-on-one.leadership-level" or "one-on-one.listen-first" or "one-on-one.invite-back";
                    output.WriteLine($"    [{(firstMeetingOnly && !oneOnOne.FirstMeeting ? "n/a" : "ok")}] {OneOnOneReview.GuidanceFor(rule)}");
                }

                foreach (var finding in found)
                {
                    output.WriteLine($"    [todo] {rule}: {finding.Message} ({finding.Guidance})");
                }
            }
        }

        // Seed 003: a sponsor may stay a sponsor but step back from the public listing; public output never names it.
        output.WriteLine();
        output.WriteLine("Public sponsor lists (hidden sponsors withheld)");
        foreach (var calendarEvent in data.Calendar.Where(e => e.Sponsors.Any(s => s.Visibility == SponsorVisibility.Hidden)))
        {
            output.WriteLine($"  {calendarEvent.Title} ({calendarEvent.Date:yyyy-MM-dd})");
            output.WriteLine($"    Internally: {string.Join(", ", calendarEvent.Sponsors.Select(s => $"{Name(s.Sponsor)}{(s.Visibility == SponsorVisibility.Hidden ? " (hidden)" : string.Empty)}"))}");
            output.WriteLine($"    Public:     {string.Join(", ", session.PublicSponsors(calendarEvent))}");
            foreach (var hidden in calendarEvent.Sponsors.Where(s => s.Visibility == SponsorVisibility.Hidden))
            {
                var asked = hidden.HiddenAtRequestOf is { } by ? $"at the request of {Name(by)}" : "at its own request";
                output.WriteLine($"    {Name(hidden.Sponsor)} stays a sponsor off the public listing, {asked}{(hidden.HiddenReason is { } why ? $": {why}" : string.Empty)}");
            }
        }

        // Relationships: who owns them, feedback, accountability, tables that ended without an agreed action.
        output.WriteLine();
        output.WriteLine($"Relationship review as of {asOf:yyyy-MM-dd}");
        var relationshipFindings = session.ReviewRelationships();
        if (relationshipFindings.Count == 0)
        {
            output.WriteLine("  Nothing needs attention.");
        }

        foreach (var finding in relationshipFindings)
        {
            output.WriteLine($"  - {finding}");
        }
    }
}
