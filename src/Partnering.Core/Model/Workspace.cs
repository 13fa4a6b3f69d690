using System.Collections.Generic;
using System.Text.Json;
using Partnering.Core.Internal;

namespace Partnering.Core;

/// <summary>
/// A chapter's partnering data: the chapter and its members, the partners, the ties between parties,
/// the interactions and the partnerships. This is the model behind the workspace JSON document.
/// </summary>
/// <remarks>
/// Build one with an object initializer, or load one with <c>WorkspaceDocument.Load</c>. A workspace
/// is immutable and safe to share between threads. Cross references (ties naming parties,
/// interactions naming partners) are checked by the document loader, not by this type.
/// </remarks>
public sealed record Workspace
{
    /// <summary>The schema version this library writes.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>The chapter ("us").</summary>
    public required Chapter Chapter { get; init => field = Guard.NotNull(value); }

    /// <summary>Organizations and individuals the chapter knows.</summary>
    public IReadOnlyList<Partner> Partners { get; init => field = Guard.List(value); } = ValueList<Partner>.Empty;

    /// <summary>Ties between any two parties.</summary>
    public IReadOnlyList<Tie> Ties { get; init => field = Guard.List(value); } = ValueList<Tie>.Empty;

    /// <summary>Dated interactions with partners.</summary>
    public IReadOnlyList<Interaction> Interactions { get; init => field = Guard.List(value); } = ValueList<Interaction>.Empty;

    /// <summary>Partnerships with owners and flags.</summary>
    public IReadOnlyList<Partnership> Partnerships { get; init => field = Guard.List(value); } = ValueList<Partnership>.Empty;

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;
}
