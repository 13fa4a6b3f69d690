using System.Collections.Generic;
using System.Text.Json;
using Partnering.Core.Internal;

namespace Partnering.Core.Collaboration;

/// <summary>
/// How a chapter works with its partners: its coalition tables, one-on-ones, the coalition calendar and
/// the meetings it is planning, with the thresholds its meeting check uses. Loaded and saved by
/// <c>CollaborationDocument</c> (namespace <c>Partnering.Core.Documents</c>); immutable and safe to share between threads.
/// </summary>
public sealed record CollaborationData
{
    /// <summary>The schema version this library writes.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>The coalition tables the chapter sits at.</summary>
    public IReadOnlyList<CoalitionTable> Tables { get; init => field = Guard.List(value); } = ValueList<CoalitionTable>.Empty;

    /// <summary>One-on-one meetings with partners.</summary>
    public IReadOnlyList<OneOnOneMeeting> OneOnOnes { get; init => field = Guard.List(value); } = ValueList<OneOnOneMeeting>.Empty;

    /// <summary>The coalition calendar: the chapter's and its partners' events.</summary>
    public IReadOnlyList<CalendarEvent> Calendar { get; init => field = Guard.List(value); } = ValueList<CalendarEvent>.Empty;

    /// <summary>Meetings being planned.</summary>
    public IReadOnlyList<PlannedMeeting> PlannedMeetings { get; init => field = Guard.List(value); } = ValueList<PlannedMeeting>.Empty;

    /// <summary>Feedback partners gave on the partnership, and our responses (seed 001).</summary>
    public IReadOnlyList<PartnerFeedback> Feedback { get; init => field = Guard.List(value); } = ValueList<PartnerFeedback>.Empty;

    /// <summary>What accountability means with each partner, as agreed (seed 001).</summary>
    public IReadOnlyList<AccountabilityAgreement> Accountability { get; init => field = Guard.List(value); } = ValueList<AccountabilityAgreement>.Empty;

    /// <summary>The thresholds of the inclusive meeting check, when the chapter sets its own.</summary>
    public InclusiveMeetingProfile? MeetingProfile { get; init; }

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; internal init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;
}
