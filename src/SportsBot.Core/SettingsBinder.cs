using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace SportsBot.Core;

/// <summary>
/// Binds a section after checking that each of its plain values converts to its setting's type. The configuration
/// binder would otherwise stop the host with "Failed to convert configuration value…" and a stack trace; this says
/// which key, what was found and what is allowed (for a choice, every allowed value).
/// </summary>
public static class SettingsBinder
{
    public static void Bind<T>(IConfiguration section, T options)
        where T : class
    {
        var path = section is IConfigurationSection s ? s.Path : typeof(T).Name;
        var failures = new List<string>();
        foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (section[property.Name] is not { } raw || type == typeof(string) || !IsPlain(type) || (raw.Length > 0 && Converts(type, raw)))
            {
                continue;
            }

            failures.Add($"{path}:{property.Name} is {(raw.Length == 0 ? "empty" : $"'{raw}'")}; {Allowed(type)}.");
        }

        if (failures.Count > 0)
        {
            throw new OptionsValidationException(path, typeof(T), failures);
        }

        section.Bind(options);
    }

    private static bool IsPlain(Type type) => type.IsPrimitive || type.IsEnum || type == typeof(decimal) || type == typeof(TimeSpan);

    private static bool Converts(Type type, string raw)
    {
        if (type.IsEnum)
        {
            // The binder accepts names in any case and numbers; only names are documented, so only names are offered.
            return Enum.TryParse(type, raw, ignoreCase: true, out _);
        }

        try
        {
            TypeDescriptor.GetConverter(type).ConvertFromInvariantString(raw);
            return true;
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or OverflowException or NotSupportedException)
        {
            return false;
        }
    }

    private static string Allowed(Type type) =>
        type.IsEnum ? $"allowed: {string.Join(", ", Enum.GetNames(type))}"
        : type == typeof(bool) ? "allowed: true, false"
        : type == typeof(double) || type == typeof(float) || type == typeof(decimal) ? "expected a number such as 0.5"
        : type == typeof(TimeSpan) ? "expected a duration such as 00:00:30"
        : "expected a whole number";
}
