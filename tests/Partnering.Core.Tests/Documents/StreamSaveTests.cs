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
