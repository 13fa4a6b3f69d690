using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Partnering.Core;

/// <summary>
/// A date known to the year, the month or the day, for facts the guidance leaves vague
/// ("declared in 2025", "joined in March 2024"). Written <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.
/// </summary>
/// <remarks>
/// Equality is by year, month and day (a year-only date is not equal to January 1st of that
/// year). Ordering compares the earliest day covered, then the precision (coarser first).
/// A partial date covers the days from <see cref="Earliest"/> to <see cref="Latest"/> inclusive.
/// </remarks>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    /// <summary>Creates a date known to the year, month or day.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="month">The month 1 to 12, or <see langword="null"/> when unknown.</param>
    /// <param name="day">The day of the month, or <see langword="null"/> when unknown; needs a month.</param>
    /// <exception cref="ArgumentOutOfRangeException">A part is out of range, or a day is given without a month.</exception>
    public PartialDate(int year, int? month = null, int? day = null)
    {
        if (year is < 1 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"The year must be from 1 to 9999; got {year}.");
        }

        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, $"The month must be from 1 to 12; got {month}.");
        }

        if (day is not null)
        {
            if (month is null)
            {
                throw new ArgumentOutOfRangeException(nameof(day), day, "A day needs a month: write yyyy-MM-dd.");
            }

            var days = DateTime.DaysInMonth(year, month.Value);
            if (day < 1 || day > days)
            {
                throw new ArgumentOutOfRangeException(nameof(day), day, $"The day must be from 1 to {days} in {year:D4}-{month:D2}; got {day}.");
            }
        }

        _packed = (year << 9) | ((month ?? 0) << 5) | (day ?? 0);
    }

    // Year, month and day in one int (day in bits 0-4, month in 5-8, 0 when unknown; year above),
    // so a date is 4 bytes and an optional one 8: models hold millions of them (a tie has two).
    // Equality of the record struct compares this one field, which is equality by year, month and day.
    private readonly int _packed;

    /// <summary>The year.</summary>
    public int Year => _packed >> 9;

    /// <summary>The month, when known.</summary>
    public int? Month => ((_packed >> 5) & 0xF) is var m and not 0 ? m : null;

    /// <summary>The day of the month, when known.</summary>
    public int? Day => (_packed & 0x1F) is var d and not 0 ? d : null;

    /// <summary>Whether the date is known to the day.</summary>
    public bool IsExact => Day is not null;

    /// <summary>The first day this date covers.</summary>
    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day this date covers.</summary>
    public DateOnly Latest => Day is { } d
        ? new DateOnly(Year, Month!.Value, d)
        : Month is { } m ? new DateOnly(Year, m, DateTime.DaysInMonth(Year, m)) : new DateOnly(Year, 12, 31);

    /// <summary>Whether <paramref name="date"/> falls within the days this date covers.</summary>
    /// <param name="date">A day.</param>
    /// <returns><see langword="true"/> when the day is covered.</returns>
    public bool Covers(DateOnly date) => date >= Earliest && date <= Latest;

    /// <summary>An exact date from a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The exact partial date.</returns>
    public static PartialDate FromDate(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>An exact date from a day.</summary>
    /// <param name="date">The day.</param>
    public static implicit operator PartialDate(DateOnly date) => FromDate(date);

    /// <summary>Parses <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The date.</returns>
    /// <exception cref="FormatException">The text is not one of the three forms or names no real date.</exception>
    public static PartialDate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var date)
            ? date
            : throw new FormatException($"A date must be written yyyy, yyyy-MM or yyyy-MM-dd and name a real date; got '{text}'.");
    }

    /// <summary>Parses <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="date">The date when the text is valid.</param>
    /// <returns>Whether the text is a valid partial date.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out PartialDate date)
    {
        date = default;
        if (text is null || (text.Length != 4 && text.Length != 7 && text.Length != 10))
        {
            return false;
        }

        if (!TryDigits(text, 0, 4, out var year) || year < 1)
        {
            return false;
        }

        if (text.Length == 4)
        {
            date = new PartialDate(year);
            return true;
        }

        if (text[4] != '-' || !TryDigits(text, 5, 2, out var month) || month is < 1 or > 12)
        {
            return false;
        }

        if (text.Length == 7)
        {
            date = new PartialDate(year, month);
            return true;
        }

        if (text[7] != '-' || !TryDigits(text, 8, 2, out var day) || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    private static bool TryDigits(string text, int start, int length, out int value)
    {
        value = 0;
        for (var i = start; i < start + length; i++)
        {
            var c = text[i];
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    /// <inheritdoc/>
    public int CompareTo(PartialDate other)
    {
        var byStart = Earliest.CompareTo(other.Earliest);
        if (byStart != 0)
        {
            return byStart;
        }

        return Precision.CompareTo(other.Precision);
    }

    private int Precision => Day is not null ? 2 : Month is not null ? 1 : 0;

    /// <summary>Orders partial dates.</summary>
    /// <param name="left">The left date.</param>
    /// <param name="right">The right date.</param>
    /// <returns>Whether <paramref name="left"/> sorts first.</returns>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>Orders partial dates.</summary>
    /// <param name="left">The left date.</param>
    /// <param name="right">The right date.</param>
    /// <returns>Whether <paramref name="left"/> sorts last.</returns>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>Orders partial dates.</summary>
    /// <param name="left">The left date.</param>
    /// <param name="right">The right date.</param>
    /// <returns>Whether <paramref name="left"/> sorts first or equal.</returns>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>Orders partial dates.</summary>
    /// <param name="left">The left date.</param>
    /// <param name="right">The right date.</param>
    /// <returns>Whether <paramref name="left"/> sorts last or equal.</returns>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    /// <summary>The date as <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Day is { } d
        ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{d:D2}")
        : Month is { } m ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}") : Year.ToString("D4", CultureInfo.InvariantCulture);
}
