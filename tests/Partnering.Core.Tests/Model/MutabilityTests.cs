using System.Reflection;
using System.Runtime.CompilerServices;

namespace Partnering.Core.Tests.Model;

/// <summary>
/// The public model is immutable: no public type may expose a settable property (other than
/// <c>init</c>) or a writable field. Options classes are the documented exception: they are
/// configuration read once at registration.
/// </summary>
public class MutabilityTests
{
    private static readonly HashSet<Type> ConfigurationTypes = [typeof(PartneringOptions)];

    [Fact]
    public void No_public_type_has_a_public_setter_or_writable_field()
    {
        var offenders = new List<string>();
        foreach (var type in typeof(Workspace).Assembly.GetExportedTypes())
        {
            if (ConfigurationTypes.Contains(type) || type.IsEnum || IsDelegate(type))
            {
                continue;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                var setter = property.SetMethod;
                if (setter is { IsPublic: true } && !IsInitOnly(setter))
                {
                    offenders.Add($"{type.FullName}.{property.Name} has a public setter");
                }
            }

            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (!field.IsInitOnly && !field.IsLiteral)
                {
                    offenders.Add($"{type.FullName}.{field.Name} is a writable field");
                }
            }
        }

        Assert.True(offenders.Count == 0, "Mutable public API:\n" + string.Join("\n", offenders));
    }

    private static bool IsInitOnly(MethodInfo setter)
        => setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static bool IsDelegate(Type type) => typeof(Delegate).IsAssignableFrom(type);
}
