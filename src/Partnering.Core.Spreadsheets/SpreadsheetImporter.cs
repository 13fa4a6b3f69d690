using System;
using System.Collections.Generic;
using System.Linq;
using Partnering.Core.Spreadsheets.Internal;

namespace Partnering.Core.Spreadsheets;

/// <summary>
/// Imports a chapter's spreadsheets (CSV files of partners, members, ties, interactions and
/// partnership owners) into a workspace, merging by id or by name.
/// </summary>
/// <remarks>
/// <para>
/// Headers are matched forgivingly (case, spaces, punctuation and common synonyms such as
/// <c>Organization</c> for <c>name</c>), and <see cref="SpreadsheetImportOptions.ColumnMap"/> overrides
/// them. Columns the sheet does not know are kept as unknown fields and written back by the workspace
/// document and by <see cref="SpreadsheetExporter"/>.
/// </para>
/// <para>
/// A row that names something the workspace holds merges into it: empty fields are filled and lists
/// grow (updated); a value the workspace holds is never overwritten: a row that contradicts one is
/// reported as conflicting and not applied. Any problem leaves the workspace as it was unless
/// <see cref="SpreadsheetImportOptions.ImportValidRowsOnly"/> is set. Reading never throws for bad
/// input: problems say what is wrong.
/// </para>
/// </remarks>
public static class SpreadsheetImporter
{
    /// <summary>Imports sheets into a workspace.</summary>
    /// <param name="workspace">The workspace to merge into (its chapter receives the members).</param>
    /// <param name="sources">The CSV files; partners and members are read first, then ties, interactions and owners, whatever the order given.</param>
    /// <param name="options">How to read and merge, or <see langword="null"/> for <see cref="SpreadsheetImportOptions.Default"/>.</param>
    /// <returns>The result: the workspace, the report and the problems.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workspace"/> or <paramref name="sources"/> is <see langword="null"/>.</exception>
    public static SpreadsheetImportResult Import(Workspace workspace, IEnumerable<CsvSource> sources, SpreadsheetImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(sources);
        options ??= SpreadsheetImportOptions.Default;
        var problems = new List<SpreadsheetProblem>();
        var inputs = new List<CsvInput>();
        var merge = new WorkspaceMerge(workspace, options, problems);
        try
        {
            foreach (var source in sources)
            {
                ArgumentNullException.ThrowIfNull(source, nameof(sources));
                if (CsvInput.Open(source, options, problems) is { } input)
                {
                    inputs.Add(input);
                }
            }

            // rows stream from each file in turn: partners and members first, so other sheets can name them
            foreach (var input in inputs.OrderBy(i => i.Sheet))
            {
                merge.Apply(input);
            }
        }
        finally
        {
            foreach (var input in inputs)
            {
                input.Dispose();
            }
        }

        var applied = !options.DryRun && (problems.Count == 0 || options.ImportValidRowsOnly);
        return new SpreadsheetImportResult
        {
            Workspace = applied ? merge.Result() : workspace,
            Report = new ImportReport { Changes = new ChangeList(merge.Changes) },
            Problems = problems,
            Applied = applied,
        };
    }
}
