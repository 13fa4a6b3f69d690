using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Partnering.Core.Documents;

/// <summary>
/// Writes the workspace document straight from the model with a <see cref="Utf8JsonWriter"/>, so a
/// save builds no intermediate objects. The output is byte for byte what the model gives when mapped
/// to the document's DTOs and serialized with the source-generated context (same property order,
/// defaults and empty lists left out, unknown fields last); a test holds it to the reference writer
/// kept in the tests (<c>ReferenceWorkspaceWriter</c>).
/// </summary>
internal static class WorkspaceJsonWriter
{
    private static readonly JsonEncodedText SchemaVersion = JsonEncodedText.Encode("schemaVersion");
    private static readonly JsonEncodedText ChapterName = JsonEncodedText.Encode("chapter");
    private static readonly JsonEncodedText PartnersName = JsonEncodedText.Encode("partners");
    private static readonly JsonEncodedText TiesName = JsonEncodedText.Encode("ties");
    private static readonly JsonEncodedText InteractionsName = JsonEncodedText.Encode("interactions");
    private static readonly JsonEncodedText PartnershipsName = JsonEncodedText.Encode("partnerships");
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText HomeState = JsonEncodedText.Encode("homeState");
    private static readonly JsonEncodedText NationalBody = JsonEncodedText.Encode("nationalBody");
    private static readonly JsonEncodedText IssueAreas = JsonEncodedText.Encode("issueAreas");
    private static readonly JsonEncodedText TheoryOfChange = JsonEncodedText.Encode("theoryOfChange");
    private static readonly JsonEncodedText Summary = JsonEncodedText.Encode("summary");
    private static readonly JsonEncodedText Targets = JsonEncodedText.Encode("targets");
    private static readonly JsonEncodedText AvoidedTargets = JsonEncodedText.Encode("avoidedTargets");
    private static readonly JsonEncodedText OpposedOutcomes = JsonEncodedText.Encode("opposedOutcomes");
    private static readonly JsonEncodedText AllowedTactics = JsonEncodedText.Encode("allowedTactics");
    private static readonly JsonEncodedText DisallowedTactics = JsonEncodedText.Encode("disallowedTactics");
    private static readonly JsonEncodedText NationalRelationships = JsonEncodedText.Encode("nationalRelationships");
    private static readonly JsonEncodedText Members = JsonEncodedText.Encode("members");
    private static readonly JsonEncodedText HeldBy = JsonEncodedText.Encode("heldBy");
    private static readonly JsonEncodedText OrganizationName = JsonEncodedText.Encode("organizationName");
    private static readonly JsonEncodedText OrganizationField = JsonEncodedText.Encode("organization");
    private static readonly JsonEncodedText Contact = JsonEncodedText.Encode("contact");
    private static readonly JsonEncodedText IsLeader = JsonEncodedText.Encode("isLeader");
    private static readonly JsonEncodedText Skills = JsonEncodedText.Encode("skills");
    private static readonly JsonEncodedText IssueExpertise = JsonEncodedText.Encode("issueExpertise");
    private static readonly JsonEncodedText Affiliations = JsonEncodedText.Encode("affiliations");
    private static readonly JsonEncodedText Role = JsonEncodedText.Encode("role");
    private static readonly JsonEncodedText Email = JsonEncodedText.Encode("email");
    private static readonly JsonEncodedText Phone = JsonEncodedText.Encode("phone");
    private static readonly JsonEncodedText Since = JsonEncodedText.Encode("since");
    private static readonly JsonEncodedText Until = JsonEncodedText.Encode("until");
    private static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText OrganizationType = JsonEncodedText.Encode("organization");
    private static readonly JsonEncodedText IndividualType = JsonEncodedText.Encode("individual");
    private static readonly JsonEncodedText State = JsonEncodedText.Encode("state");
    private static readonly JsonEncodedText Tags = JsonEncodedText.Encode("tags");
    private static readonly JsonEncodedText Contacts = JsonEncodedText.Encode("contacts");
    private static readonly JsonEncodedText Website = JsonEncodedText.Encode("website");
    private static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText TaxStatusName = JsonEncodedText.Encode("taxStatus");
    private static readonly JsonEncodedText PartisanNatureName = JsonEncodedText.Encode("partisanNature");
    private static readonly JsonEncodedText Goals = JsonEncodedText.Encode("goals");
    private static readonly JsonEncodedText Tactics = JsonEncodedText.Encode("tactics");
    private static readonly JsonEncodedText Capacities = JsonEncodedText.Encode("capacities");
    private static readonly JsonEncodedText Constraints = JsonEncodedText.Encode("constraints");
    private static readonly JsonEncodedText Base = JsonEncodedText.Encode("base");
    private static readonly JsonEncodedText BaseSize = JsonEncodedText.Encode("baseSize");
    private static readonly JsonEncodedText History = JsonEncodedText.Encode("history");
    private static readonly JsonEncodedText Practices = JsonEncodedText.Encode("practices");
    private static readonly JsonEncodedText Description = JsonEncodedText.Encode("description");
    private static readonly JsonEncodedText NationalParent = JsonEncodedText.Encode("nationalParent");
    private static readonly JsonEncodedText PointOfContact = JsonEncodedText.Encode("pointOfContact");
    private static readonly JsonEncodedText Positions = JsonEncodedText.Encode("positions");
    private static readonly JsonEncodedText Issue = JsonEncodedText.Encode("issue");
    private static readonly JsonEncodedText Outcome = JsonEncodedText.Encode("outcome");
    private static readonly JsonEncodedText StanceName = JsonEncodedText.Encode("stance");
    private static readonly JsonEncodedText SupportsCandidatesOf = JsonEncodedText.Encode("supportsCandidatesOf");
    private static readonly JsonEncodedText BackedBy = JsonEncodedText.Encode("backedBy");
    private static readonly JsonEncodedText Roles = JsonEncodedText.Encode("roles");
    private static readonly JsonEncodedText Offices = JsonEncodedText.Encode("offices");
    private static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
    private static readonly JsonEncodedText Jurisdiction = JsonEncodedText.Encode("jurisdiction");
    private static readonly JsonEncodedText Elected = JsonEncodedText.Encode("elected");
    private static readonly JsonEncodedText Candidacies = JsonEncodedText.Encode("candidacies");
    private static readonly JsonEncodedText Office = JsonEncodedText.Encode("office");
    private static readonly JsonEncodedText Declared = JsonEncodedText.Encode("declared");
    private static readonly JsonEncodedText ElectionDay = JsonEncodedText.Encode("electionDay");
    private static readonly JsonEncodedText Withdrawn = JsonEncodedText.Encode("withdrawn");
    private static readonly JsonEncodedText Result = JsonEncodedText.Encode("result");
    private static readonly JsonEncodedText From = JsonEncodedText.Encode("from");
    private static readonly JsonEncodedText To = JsonEncodedText.Encode("to");
    private static readonly JsonEncodedText Category = JsonEncodedText.Encode("category");
    private static readonly JsonEncodedText Strength = JsonEncodedText.Encode("strength");
    private static readonly JsonEncodedText Source = JsonEncodedText.Encode("source");
    private static readonly JsonEncodedText Note = JsonEncodedText.Encode("note");
    private static readonly JsonEncodedText DateName = JsonEncodedText.Encode("date");
    private static readonly JsonEncodedText PartnerName = JsonEncodedText.Encode("partner");
    private static readonly JsonEncodedText DirectionName = JsonEncodedText.Encode("direction");
    private static readonly JsonEncodedText Participants = JsonEncodedText.Encode("participants");
    private static readonly JsonEncodedText Delivered = JsonEncodedText.Encode("delivered");
    private static readonly JsonEncodedText CommitmentName = JsonEncodedText.Encode("commitment");
    private static readonly JsonEncodedText MadeBy = JsonEncodedText.Encode("madeBy");
    private static readonly JsonEncodedText Due = JsonEncodedText.Encode("due");
    private static readonly JsonEncodedText KeptOn = JsonEncodedText.Encode("keptOn");
    private static readonly JsonEncodedText Dropped = JsonEncodedText.Encode("dropped");
    private static readonly JsonEncodedText Owners = JsonEncodedText.Encode("owners");
    private static readonly JsonEncodedText MemberName = JsonEncodedText.Encode("member");
    private static readonly JsonEncodedText Reason = JsonEncodedText.Encode("reason");
    private static readonly JsonEncodedText AllyChoicesName = JsonEncodedText.Encode("allyChoices");
    private static readonly JsonEncodedText AllyName = JsonEncodedText.Encode("ally");
    private static readonly JsonEncodedText DecidedByName = JsonEncodedText.Encode("decidedBy");
    private static readonly JsonEncodedText Affiliate = JsonEncodedText.Encode("affiliate");
    private static readonly JsonEncodedText CoalitionMember = JsonEncodedText.Encode("coalitionMember");

    private static readonly JsonEncodedText[] InteractionKinds = Encoded<InteractionKind>();
    private static readonly JsonEncodedText[] TieCategories = Encoded<TieCategory>();
    private static readonly JsonEncodedText[] Directions = Encoded<Direction>();

    public static void Write(Utf8JsonWriter writer, Workspace workspace)
    {
        writer.WriteStartObject();
        writer.WriteNumber(SchemaVersion, Workspace.CurrentSchemaVersion);
        writer.WritePropertyName(ChapterName);
        Write(writer, workspace.Chapter);
        List(writer, PartnersName, workspace.Partners, Write);
        List(writer, TiesName, workspace.Ties, Write);
        List(writer, InteractionsName, workspace.Interactions, Write);
        List(writer, PartnershipsName, workspace.Partnerships, Write);
        WorkspaceSections.Write(writer, workspace);
        End(writer, workspace.UnknownFields);
    }

    private static void Write(Utf8JsonWriter writer, Chapter chapter)
    {
        writer.WriteStartObject();
        writer.WriteString(IdName, chapter.Id.Value);
        writer.WriteString(Name, chapter.Name);
        writer.WriteString(HomeState, chapter.HomeState);
        Text(writer, NationalBody, chapter.NationalBody);
        Terms(writer, IssueAreas, chapter.IssueAreas);
        writer.WritePropertyName(TheoryOfChange);
        var theory = chapter.TheoryOfChange;
        writer.WriteStartObject();
        writer.WriteString(Summary, theory.Summary);
        Names(writer, Targets, theory.Targets);
        Names(writer, AvoidedTargets, theory.AvoidedTargets);
        Texts(writer, OpposedOutcomes, theory.OpposedOutcomes);
        End(writer, theory.UnknownFields);
        Terms(writer, AllowedTactics, chapter.AllowedTactics);
        Terms(writer, DisallowedTactics, chapter.DisallowedTactics);
        List(writer, NationalRelationships, chapter.NationalRelationships, static (w, r) =>
        {
            w.WriteStartObject();
            w.WriteString(HeldBy, r.HeldBy);
            w.WriteString(OrganizationName, r.OrganizationName);
            OptionalId(w, OrganizationField, r.Organization);
            Text(w, Contact, r.Contact);
            End(w, r.UnknownFields);
        });
        List(writer, Members, chapter.Members, Write);
        if (chapter.Kind is { } kind)
        {
            writer.WriteString(Kind, JsonEnum<ChapterKind>.Name(kind));
        }

        if (chapter.PointOfContact is { } pointOfContact)
        {
            writer.WritePropertyName(PointOfContact);
            Write(writer, pointOfContact);
        }

        List(writer, Positions, chapter.Positions, Write);
        End(writer, chapter.UnknownFields);
    }

    private static void Write(Utf8JsonWriter writer, Position position)
    {
        writer.WriteStartObject();
        writer.WriteString(Issue, position.Issue.Name);
        writer.WriteString(Outcome, position.Outcome);
        writer.WriteString(StanceName, JsonEnum<Stance>.Name(position.Stance));
        Text(writer, Description, position.Description);
        End(writer, position.UnknownFields);
    }

    private static void Write(Utf8JsonWriter writer, Member member)
    {
        writer.WriteStartObject();
        writer.WriteString(IdName, member.Id.Value);
        writer.WriteString(Name, member.Name);
        if (member.Contact is { } contact)
        {
            writer.WritePropertyName(Contact);
            Write(writer, contact);
        }

        if (member.IsLeader)
        {
            writer.WriteBoolean(IsLeader, true);
        }

        Texts(writer, Skills, member.Skills);
        Terms(writer, IssueExpertise, member.IssueExpertise);
        List(writer, Affiliations, member.Affiliations, Write);
        End(writer, member.UnknownFields);
    }

    private static void Write(Utf8JsonWriter writer, ContactPoint contact)
    {
        writer.WriteStartObject();
        Text(writer, Name, contact.Name);
        Text(writer, Role, contact.Role);
        Text(writer, Email, contact.Email);
        Text(writer, Phone, contact.Phone);
        End(writer, contact.UnknownFields);
    }

    private static void Write(Utf8JsonWriter writer, Affiliation affiliation)
    {
        writer.WriteStartObject();
        writer.WriteString(OrganizationName, affiliation.OrganizationName);
        OptionalId(writer, OrganizationField, affiliation.Organization);
        Text(writer, Role, affiliation.Role);
        PartialDateField(writer, Since, affiliation.Since);
        PartialDateField(writer, Until, affiliation.Until);
        End(writer, affiliation.UnknownFields);
    }

    private static void Write(Utf8JsonWriter writer, Partner partner)
    {
        writer.WriteStartObject();
        var organization = partner as Organization;
        var individual = partner as Individual;
        writer.WriteString(Type, organization is not null ? OrganizationType : individual is not null ? IndividualType : throw new ArgumentException($"Unknown kind of partner: {partner.GetType().Name}.", nameof(partner)));
        writer.WriteString(IdName, partner.Id.Value);
        writer.WriteString(Name, partner.Name);
        Text(writer, State, partner.State);
        Terms(writer, IssueAreas, partner.IssueAreas);
        Texts(writer, Tags, partner.Tags);
        List(writer, Contacts, partner.Contacts, Write);
        Text(writer, Website, partner.Website);
        if (organization is not null)
        {
            writer.WriteString(Kind, JsonEnum<OrganizationKind>.Name(organization.Kind));
            if (organization.TaxStatus != TaxStatus.Unknown)
            {
                writer.WriteString(TaxStatusName, JsonEnum<TaxStatus>.Name(organization.TaxStatus));
            }

            writer.WriteString(PartisanNatureName, JsonEnum<PartisanNature>.Name(organization.PartisanNature));
            Texts(writer, Goals, organization.Goals);
            Terms(writer, Tactics, organization.Tactics);
            Texts(writer, Capacities, organization.Capacities);
            Texts(writer, Constraints, organization.Constraints);
            Text(writer, Base, organization.Base);
            if (organization.BaseSize is { } size)
            {
                writer.WriteNumber(BaseSize, size);
            }

            Texts(writer, History, organization.History);
            List(writer, Practices, organization.Practices, static (w, p) =>
            {
                w.WriteStartObject();
                w.WriteString(Kind, JsonEnum<PracticeKind>.Name(p.Kind));
                Text(w, Description, p.Description);
                End(w, p.UnknownFields);
            });
            Text(writer, NationalParent, organization.NationalParent);
            List(writer, Positions, organization.Positions, Write);
            Texts(writer, SupportsCandidatesOf, organization.SupportsCandidatesOf);
        }
        else
        {
            Names(writer, Roles, individual!.Roles);
            List(writer, Offices, individual.Offices, static (w, o) =>
            {
                w.WriteStartObject();
                w.WriteString(Title, o.Title);
                Text(w, Jurisdiction, o.Jurisdiction);
                if (!o.Elected)
                {
                    w.WriteBoolean(Elected, false);
                }

                PartialDateField(w, Since, o.Since);
                PartialDateField(w, Until, o.Until);
                End(w, o.UnknownFields);
            });
            List(writer, Candidacies, individual.Candidacies, static (w, c) =>
            {
                w.WriteStartObject();
                w.WriteString(Office, c.Office);
                PartialDateField(w, Declared, c.Declared);
                PartialDateField(w, ElectionDay, c.ElectionDay);
                PartialDateField(w, Withdrawn, c.Withdrawn);
                if (c.Result != CandidacyResult.Pending)
                {
                    w.WriteString(Result, JsonEnum<CandidacyResult>.Name(c.Result));
                }

                Texts(w, BackedBy, c.BackedBy);

                End(w, c.UnknownFields);
            });
            List(writer, Affiliations, individual.Affiliations, Write);
        }

        End(writer, partner.UnknownFields);
    }

    private static void Write(Utf8JsonWriter writer, Tie tie)
    {
        writer.WriteStartObject();
        writer.WriteString(From, tie.From.Value);
        writer.WriteString(To, tie.To.Value);
        writer.WriteString(Category, TieCategories[(int)tie.Category]);
        writer.WriteNumber(Strength, tie.Strength);
        PartialDateField(writer, Since, tie.Since);
        PartialDateField(writer, Until, tie.Until);
        Text(writer, Source, tie.Source);
        Text(writer, Note, tie.Note);
        End(writer, tie.UnknownFields);
    }

    private static void Write(Utf8JsonWriter writer, Interaction interaction)
    {
        writer.WriteStartObject();
        writer.WriteString(Kind, InteractionKinds[(int)interaction.Kind]);
        DayField(writer, DateName, interaction.Date);
        writer.WriteString(PartnerName, interaction.Partner.Value);
        if (interaction.Direction != Direction.Mutual)
        {
            writer.WriteString(DirectionName, Directions[(int)interaction.Direction]);
        }

        if (interaction.Participants.Count > 0)
        {
            writer.WriteStartArray(Participants);
            foreach (var id in interaction.Participants)
            {
                writer.WriteStringValue(id.Value);
            }

            writer.WriteEndArray();
        }

        Text(writer, Summary, interaction.Summary);
        if (!interaction.Delivered)
        {
            writer.WriteBoolean(Delivered, false);
        }

        if (interaction.Commitment is { } c)
        {
            writer.WritePropertyName(CommitmentName);
            writer.WriteStartObject();
            writer.WriteString(MadeBy, JsonEnum<CommitmentParty>.Name(c.MadeBy));
            writer.WriteString(Description, c.Description);
            DayField(writer, Due, c.Due);
            if (c.KeptOn is { } kept)
            {
                DayField(writer, KeptOn, kept);
            }

            if (c.Dropped)
            {
                writer.WriteBoolean(Dropped, true);
            }

            End(writer, c.UnknownFields);
        }

        End(writer, interaction.UnknownFields);
    }

    private static void Write(Utf8JsonWriter writer, Partnership partnership)
    {
        writer.WriteStartObject();
        writer.WriteString(PartnerName, partnership.Partner.Value);
        List(writer, Owners, partnership.Owners, static (w, o) =>
        {
            w.WriteStartObject();
            w.WriteString(MemberName, o.Member.Value);
            DayField(w, Since, o.Since);
            Text(w, Reason, o.Reason);
            End(w, o.UnknownFields);
        });
        if (partnership.Affiliate)
        {
            writer.WriteBoolean(Affiliate, true);
        }

        if (partnership.CoalitionMember)
        {
            writer.WriteBoolean(CoalitionMember, true);
        }

        List(writer, AllyChoicesName, partnership.AllyChoices, static (w, a) =>
        {
            w.WriteStartObject();
            DayField(w, DateName, a.Date);
            if (!a.Ally)
            {
                w.WriteBoolean(AllyName, false);
            }

            w.WriteString(Reason, a.Reason);
            Text(w, DecidedByName, a.DecidedBy?.Value);
            End(w, a.UnknownFields);
        });
        End(writer, partnership.UnknownFields);
    }

    private static void List<T>(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write)
    {
        if (items.Count == 0)
        {
            return;
        }

        writer.WriteStartArray(name);
        for (var i = 0; i < items.Count; i++)
        {
            write(writer, items[i]);
        }

        writer.WriteEndArray();
    }

    private static void Text(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void OptionalId(Utf8JsonWriter writer, JsonEncodedText name, PartyId? value)
    {
        if (value is { } id)
        {
            writer.WriteString(name, id.Value);
        }
    }

    private static void Texts(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void Terms(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<IssueArea> values)
        => Terms(writer, name, values, static term => term.Name);

    private static void Terms(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<Tactic> values)
        => Terms(writer, name, values, static term => term.Name);

    private static void Terms<T>(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<T> values, Func<T, string> text)
    {
        if (values.Count == 0)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(text(value));
        }

        writer.WriteEndArray();
    }

    private static void Names<T>(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<T> values)
        where T : struct, Enum
    {
        if (values.Count == 0)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(JsonEnum<T>.Name(value));
        }

        writer.WriteEndArray();
    }

    private static void PartialDateField(Utf8JsonWriter writer, JsonEncodedText name, PartialDate? value)
    {
        if (value is not { } date)
        {
            return;
        }

        Span<char> text = stackalloc char[10];
        text[0] = (char)('0' + (date.Year / 1000));
        text[1] = (char)('0' + (date.Year / 100 % 10));
        text[2] = (char)('0' + (date.Year / 10 % 10));
        text[3] = (char)('0' + (date.Year % 10));
        var length = 4;
        if (date.Month is { } month)
        {
            text[4] = '-';
            text[5] = (char)('0' + (month / 10));
            text[6] = (char)('0' + (month % 10));
            length = 7;
            if (date.Day is { } day)
            {
                text[7] = '-';
                text[8] = (char)('0' + (day / 10));
                text[9] = (char)('0' + (day % 10));
                length = 10;
            }
        }

        writer.WriteString(name, text[..length]);
    }

    private static void DayField(Utf8JsonWriter writer, JsonEncodedText name, DateOnly day)
        => PartialDateField(writer, name, new PartialDate(day.Year, day.Month, day.Day));

    private static void End(Utf8JsonWriter writer, IReadOnlyDictionary<string, JsonElement> unknown)
    {
        if (unknown.Count > 0)
        {
            foreach (var (name, value) in unknown)
            {
                writer.WritePropertyName(name);
                value.WriteTo(writer);
            }
        }

        writer.WriteEndObject();
    }

    private static JsonEncodedText[] Encoded<T>()
        where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        var encoded = new JsonEncodedText[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            if (Convert.ToInt32(values[i], System.Globalization.CultureInfo.InvariantCulture) != i)
            {
                throw new InvalidOperationException($"{typeof(T).Name} values must run 0, 1, 2...; a table indexed by value depends on it.");
            }

            encoded[i] = JsonEncodedText.Encode(JsonEnum<T>.Name(values[i]));
        }

        return encoded;
    }
}
