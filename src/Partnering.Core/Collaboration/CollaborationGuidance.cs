using System.Collections.Frozen;
using System.Collections.Generic;

namespace Partnering.Core.Collaboration;

/// <summary>
/// Where each collaboration check comes from in the guidance, by its id: the seed and the advice it
/// follows, so a person reading a finding can look it up. Checks that are the library's own choice
/// say so.
/// </summary>
internal static class CollaborationGuidance
{
    private const string Checklist = "seed 004, inclusive meeting checklist";
    private const string FirstMeeting = "seed 001, the first meeting with an organization";

    private static readonly FrozenDictionary<string, string> Sources = new Dictionary<string, string>
    {
        ["meeting.attendees"] = Checklist + ": is everyone who needs to be part of this conversation part of it (seed 001: defer to partners on their community's needs)",
        ["meeting.location"] = Checklist + ": near transit, accessible, barriers noted in the invitation",
        ["meeting.near-attendees"] = Checklist + ": near where attendees live",
        ["meeting.format"] = Checklist + ": if online, everyone is comfortable with the tool",
        ["meeting.time"] = Checklist + ": a time that works for the attendees",
        ["meeting.length"] = Checklist + ": a reasonable length",
        ["meeting.agenda-ahead"] = Checklist + ": the agenda shared ahead",
        ["meeting.agenda-kept"] = Checklist + ": keep to the agenda",
        ["meeting.guest-speaks-early"] = "seed 001, building relationships: a partner's leader invited to speak goes near the beginning",
        ["meeting.newcomers-greeted"] = Checklist + ": newcomers welcomed",
        ["meeting.land-acknowledgment"] = Checklist + ": consider a land acknowledgment",
        ["meeting.ground-rules"] = Checklist + ": ground rules",
        ["meeting.who-talks"] = Checklist + ": who is talking, and who is not",
        ["meeting.follow-up"] = Checklist + ": follow up after the meeting",
        ["meeting.feedback"] = Checklist + ": ask for feedback",
        ["one-on-one.eligibility"] = "seeds 000 and 004: whom we may work with, and whom to ask first",
        ["one-on-one.research-missing"] = "seeds 001, 003 and 004: do your research before the meeting",
        ["one-on-one.talk-balance"] = FirstMeeting + ": listen for the first half",
        ["one-on-one.commitment-at-first-meeting"] = FirstMeeting + ": the goal is a channel of communication, not a commitment (seed 004: move at the speed of trust)",
        ["one-on-one.no-next-step"] = FirstMeeting + ": continue the conversation with a next step",
        ["one-on-one.part-missing"] = "seed 003, the one-on-one worksheet: purpose, stories, connection, strategy, ask",
        ["one-on-one.go-to-them"] = FirstMeeting + ": go to them",
        ["one-on-one.leadership-level"] = FirstMeeting + ": meet at the leadership level",
        ["one-on-one.listen-first"] = FirstMeeting + ": listen first, then share our work",
        ["one-on-one.invite-back"] = FirstMeeting + ": invite them to our next meeting, with when and where",
        ["relationships.leaders-own-most"] = "seed 002, build the relationship: put one member in charge of each relationship rather than the group's leaders",
        ["relationships.no-owner"] = "seed 002, assign a relationship owner: one member in charge of each relationship",
        ["relationships.feedback-unanswered"] = "seed 001, maintaining partnerships: ask for feedback and take it seriously",
        ["relationships.no-accountability"] = "seed 001, maintaining partnerships: discuss what accountability means as you move forward",
        ["table.no-agreed-action"] = "seed 003, coalition tables: a meeting ends with agreed actions",
    }.ToFrozenDictionary();

    /// <summary>The guidance a check follows, or a note that the check is the library's own.</summary>
    public static string For(string id)
        => Sources.TryGetValue(id, out var source) ? source : "the library's own check (not from the guidance)";

    /// <summary>Every id with a source (for tests).</summary>
    public static IEnumerable<string> Ids => Sources.Keys;
}
