using System;
using System.IO;
using System.Text;

namespace Partnering.Core.Documents;

/// <summary>Saving, by the convention every document follows: <c>Save(value)</c> for text, <c>Save(value, stream)</c> for a stream.</summary>
public sealed partial record MapsDocument
{
    /// <summary>Writes a maps document as indented JSON text, unknown fields included.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    public static string Save(MapsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Save();
    }

    /// <summary>Writes a maps document as indented UTF-8 JSON to a stream (left open): the same bytes as <see cref="Save(MapsDocument)"/>.</summary>
    /// <param name="document">The document.</param>
    /// <param name="utf8Json">Where to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or <paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    public static void Save(MapsDocument document, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(utf8Json);
        utf8Json.Write(Encoding.UTF8.GetBytes(document.Save()));
    }
}
