using System.Text.Json.Serialization;

namespace Partnering.Core.Spreadsheets.Internal;

/// <summary>Source-generated JSON for the one thing this package serializes: unknown columns' string values.</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class SpreadsheetJsonContext : JsonSerializerContext;
