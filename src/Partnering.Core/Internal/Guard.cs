using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Partnering.Core.Internal;

/// <summary>Precondition checks whose messages state the rule and the value received.</summary>
internal static class Guard
{
    public static T NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
        => value ?? throw new ArgumentNullException(name);

    public static string NotBlank(string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        ArgumentNullException.ThrowIfNull(value, name);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{name} must not be empty or white space.", name);
        }

        return value;
    }

    public static double Probability(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (double.IsNaN(value) || value < 0.0 || value > 1.0)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a number from 0 to 1; got {value}.");
        }

        return value;
    }

    public static double InRange(double value, double min, double max, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (double.IsNaN(value) || value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a number from {min} to {max}; got {value}.");
        }

        return value;
    }

    public static IReadOnlyList<T> List<T>(IEnumerable<T>? items, [CallerArgumentExpression(nameof(items))] string? name = null)
    {
        ArgumentNullException.ThrowIfNull(items, name);
        return ValueList<T>.From(items);
    }
}
