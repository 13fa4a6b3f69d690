using System.Text;
using Partnering.Core.Collaboration;
using Partnering.Core.Documents;
using Partnering.Core.Eligibility;
using Partnering.Core.Maps;
using Partnering.Core.Tiers;

namespace Partnering.Core.Tests.Documents;

/// <summary>Every document saves to a stream exactly the text it saves to a string, and names its own parameter when the stream is missing.</summary>
public sealed class StreamSaveTests
{
    private static readonly Workspace Workspace = WorkspaceDocument.Load(ExampleDocuments.Minimal().ToJsonString()).GetValueOrThrow();

    /// <summary>Each document kind: its save to a string and its save to a stream.</summary>
    public static TheoryData<string> Kinds => ["workspace", "policy", "ladder", "maps", "collaboration"];

    private static (Func<string> Text, Action<Stream?> ToStream) Saves(string kind)
    {
        var collaboration = new CollaborationData { Feedback = [new PartnerFeedback { Partner = new PartyId("org-climate"), Date = new DateOnly(2026, 3, 1), Summary = "Café \"quoted\" ✓" }] };
        var maps = new MapsDocument { Assets = [new DeclaredAsset { Id = "fund", Category = AssetCategory.PhysicalOrFinancial, Name = "a small fund" }] };
        return kind switch
        {
            "workspace" => (() => WorkspaceDocument.Save(Workspace), s => WorkspaceDocument.Save(Workspace, s!)),
            "policy" => (() => PolicyDocument.Save(BuiltInPolicy.Electoral), s => PolicyDocument.Save(BuiltInPolicy.Electoral, s!)),
            "ladder" => (() => TierLadderDocument.Save(TierLadder.Default), s => TierLadderDocument.Save(TierLadder.Default, s!)),
            "maps" => (() => MapsDocument.Save(maps), s => MapsDocument.Save(maps, s!)),
            _ => (() => CollaborationDocument.Save(collaboration), s => CollaborationDocument.Save(collaboration, s!)),
        };
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_stream_gets_the_same_text_as_a_string_and_is_left_open(string kind)
    {
        var (text, toStream) = Saves(kind);
        using var stream = new MemoryStream();

        toStream(stream);

        Assert.True(stream.CanWrite); // left open
        Assert.Equal(text(), Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_missing_stream_is_named_by_the_public_parameter(string kind)
    {
        var error = Assert.Throws<ArgumentNullException>(() => Saves(kind).ToStream(null));

        Assert.Equal("utf8Json", error.ParamName);
    }
}

/// <summary>A saved document keeps people's text as they wrote it; only the hashed canonical form of a policy keeps its strict escaping.</summary>
public sealed class SavedTextTests
{
    [Fact]
    public void Accented_letters_apostrophes_and_ampersands_are_saved_as_written()
    {
        var document = ExampleDocuments.Minimal();
        document["chapter"]!["members"]![1]!["name"] = "Ana María Morales 🙂 O'Brien <& Sons>";
        document["chapter"]!["name"] = "Индивизибл Riverside – 河边";
        document["partners"]![0]!["name"] = "Quote \" backslash \\ tab \t";
        var workspace = WorkspaceDocument.Load(document.ToJsonString()).GetValueOrThrow();

        var saved = WorkspaceDocument.Save(workspace);

        // Characters beyond the Basic Multilingual Plane (emoji) are still written as escaped pairs: the runtime's encoders always escape them.
        Assert.Contains("\"Ana María Morales \\uD83D\\uDE42 O'Brien <& Sons>\"", saved, StringComparison.Ordinal);
        Assert.Contains("\"Индивизибл Riverside – 河边\"", saved, StringComparison.Ordinal);
        Assert.Contains("\"Quote \\\" backslash \\\\ tab \\t\"", saved, StringComparison.Ordinal); // JSON's own escapes stay
        Assert.Equal(workspace, WorkspaceDocument.Load(saved).Value);
    }

    [Fact]
    public void The_hashed_compact_form_of_a_policy_keeps_its_strict_escaping()
    {
        // Decision records carry the hash of this form; records written before stay comparable.
        var policy = new EligibilityPolicy { Id = "p", Version = "1", Rules = [new PolicyRule { Id = "r", Effect = RuleEffect.Forbid, Reason = "The chapter's rule: café" }] };

        Assert.Contains("The chapter\\u0027s rule: caf\\u00E9", PolicyDocument.Save(policy, indented: false), StringComparison.Ordinal);
        Assert.Contains("The chapter's rule: café", PolicyDocument.Save(policy), StringComparison.Ordinal);
    }
}
