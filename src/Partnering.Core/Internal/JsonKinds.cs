using System.Text.Json;

namespace Partnering.Core.Internal;

/// <summary>Names the kind of a JSON value in problem messages ("Expected a string; got a number."), the same way in every document reader.</summary>
internal static class JsonKinds
{
    public static string Of(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
