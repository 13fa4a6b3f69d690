using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Partnering.Core.Collaboration;
using Partnering.Core.Eligibility;
using Partnering.Core.Maps;
using Partnering.Core.Tiers;

namespace Partnering.Core;

/// <summary>Opens <see cref="ChapterSession"/>s. Registered by <c>AddPartnering</c> (with <c>TryAdd</c>); replace it to open sessions your own way.</summary>
public interface IChapterSessionFactory
{
    /// <summary>Opens a session on a workspace as of an explicit day.</summary>
    /// <param name="workspace">The workspace, usually from <c>WorkspaceDocument.Load</c>.</param>
    /// <param name="asOf">The day of the answers.</param>
    /// <returns>The session.</returns>
    ChapterSession Open(Workspace workspace, DateOnly asOf);

    /// <summary>Opens a session on a workspace as of today, read once from the factory's <see cref="TimeProvider"/> (local date).</summary>
    /// <param name="workspace">The workspace.</param>
    /// <returns>The session.</returns>
    ChapterSession Open(Workspace workspace);
}

/// <summary>
/// The default <see cref="IChapterSessionFactory"/>: compiles each workspace's policy with the
/// application's <see cref="IPolicyCompiler"/> (a built-in pack, used as shipped, is compiled once per
/// factory and shared), compiles its ladder (the default ladder once per factory), and composes the
/// planner and the collaboration checks. Thread-safe.
/// </summary>
public sealed partial class ChapterSessionFactory : IChapterSessionFactory
{
    private readonly IPolicyCompiler _compiler;
    private readonly TimeProvider? _clock;
    private readonly TierLadder _defaultLadder;
    private readonly Lazy<IPartnershipProgression> _defaultProgression;
    private readonly ConcurrentDictionary<EligibilityPolicy, IEligibilityEvaluator> _packs = new(ReferenceEqualityComparer.Instance);

    /// <summary>Creates the factory; every argument is optional and defaults to the library's own part.</summary>
    /// <param name="compiler">Compiles policies (with the application's predicates); default <see cref="PolicyCompiler"/>.</param>
    /// <param name="clock">Where "today" comes from for <see cref="Open(Workspace)"/>; without one, only <see cref="Open(Workspace, DateOnly)"/> may be used (the library never reads the system clock itself).</param>
    /// <param name="defaultLadder">The ladder for workspaces that have none; default <see cref="TierLadder.Default"/>.</param>
    /// <param name="planner">The partnership planner; default <see cref="PartnershipPlanner"/>.</param>
    /// <param name="outreach">The outreach planner; default <see cref="OutreachPlanner"/> with default options.</param>
    /// <param name="oneOnOnes">The one-on-one review; default <see cref="OneOnOneReview"/>.</param>
    /// <param name="conflicts">The calendar conflict detector; default <see cref="CalendarConflictDetector"/>.</param>
    /// <param name="top">How many recommendations per power map, at least 1; default 5.</param>
    public ChapterSessionFactory(
        IPolicyCompiler? compiler = null,
        TimeProvider? clock = null,
        TierLadder? defaultLadder = null,
        IPartnershipPlanner? planner = null,
        OutreachPlanner? outreach = null,
        IOneOnOneReview? oneOnOnes = null,
        ICalendarConflictDetector? conflicts = null,
        int top = 5)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        _compiler = compiler ?? new PolicyCompiler();
        _clock = clock;
        _defaultLadder = defaultLadder ?? TierLadder.Default;
        _defaultProgression = new(() => _defaultLadder.Compile(_clock));
        Planner = planner ?? new PartnershipPlanner();
        Outreach = outreach ?? new OutreachPlanner();
        OneOnOnes = oneOnOnes ?? new OneOnOneReview();
        Conflicts = conflicts ?? new CalendarConflictDetector();
        Top = top;
    }

    internal IPartnershipPlanner Planner { get; }

    internal OutreachPlanner Outreach { get; }

    internal IOneOnOneReview OneOnOnes { get; }

    internal ICalendarConflictDetector Conflicts { get; }

    internal int Top { get; }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="workspace"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidDocumentException">The workspace's policy, extended onto the pack for its kind, does not validate (check it first with <see cref="IPolicyCompiler.Validate"/> on <see cref="BuiltInPolicy.For(Workspace)"/>); a problem in one of the workspace's own rules is at its path in the workspace, <c>$.policy.rules[i]</c>.</exception>
    /// <exception cref="ArgumentException">The workspace's ladder does not compile, or two partners share an id.</exception>
    public ChapterSession Open(Workspace workspace, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var policy = workspace.Policy is not { } ownPolicy
            ? _packs.GetOrAdd(BuiltInPolicy.For(workspace.Chapter.Kind), _compiler.Compile)
            : CompileOwn(BuiltInPolicy.For(workspace), ownPolicy);
        var progression = workspace.Ladder is { } own ? own.Compile(_clock) : _defaultProgression.Value;
        return new ChapterSession(workspace, asOf, policy, progression, this);
    }

    /// <summary>
    /// Compiles the pack extended by the workspace's own policy; a problem in one of the workspace's
    /// rules is reported where that rule is in the workspace (<c>$.policy.rules[0].when.fact</c>), not
    /// at its place among the merged rules.
    /// </summary>
    private IEligibilityEvaluator CompileOwn(EligibilityPolicy merged, EligibilityPolicy own)
    {
        try
        {
            return _compiler.Compile(merged);
        }
        catch (InvalidDocumentException refused)
        {
            throw new InvalidDocumentException("workspace policy", [.. refused.Problems.Select(p => InWorkspace(p, merged, own))]);
        }
    }

    /// <summary>
    /// A problem of the merged policy as a problem of the workspace: a rule of its own, named in the path
    /// or the message, is <c>$.policy.rules[i]</c>, and so are its id, version and the fields it gives;
    /// the pack's own rules, fallback and description keep their paths.
    /// </summary>
    private static DocumentProblem InWorkspace(DocumentProblem problem, EligibilityPolicy merged, EligibilityPolicy own)
    {
        string Rule(System.Text.RegularExpressions.Match match)
        {
            if (int.TryParse(match.Groups[1].ValueSpan, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) && index < merged.Rules.Count)
            {
                for (var j = 0; j < own.Rules.Count; j++)
                {
                    if (ReferenceEquals(own.Rules[j], merged.Rules[index]))
                    {
                        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"$.policy.rules[{j}]");
                    }
                }
            }

            return match.Value; // a rule of the pack itself
        }

        var path = problem.Path;
        path = path.StartsWith("$.rules[", StringComparison.Ordinal) ? MergedRule().Replace(path, Rule, 1)
            : (path.StartsWith("$.whenNothingPermits", StringComparison.Ordinal) && own.WhenNothingPermits is null)
                || (path.StartsWith("$.description", StringComparison.Ordinal) && own.Description is null) ? path
            : "$.policy" + path[1..];
        return new DocumentProblem(path, MergedRule().Replace(problem.Message, Rule));
    }

    /// <summary>A merged rule's path, in a problem's path or message (<c>already used by $.rules[21]</c>).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\$\.rules\[(\d+)\]")]
    private static partial System.Text.RegularExpressions.Regex MergedRule();

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">The factory was made without a <see cref="TimeProvider"/>.</exception>
    public ChapterSession Open(Workspace workspace)
    {
        var clock = _clock ?? throw new InvalidOperationException("This factory has no TimeProvider to read today from: give it one, or open the session with an explicit date.");
        return Open(workspace, DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
    }
}
