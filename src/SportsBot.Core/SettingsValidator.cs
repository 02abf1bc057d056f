using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Options;

namespace SportsBot.Core;

/// <summary>
/// Checks one options section with its data annotations and <see cref="IValidatableObject"/> rules, and says what is
/// wrong the way the person editing appsettings.json or an environment variable needs it: the full key, what is
/// allowed, and the value found ("Knowledge:FetchTimeoutSeconds must be between 1 and 300 (is 0).").
/// </summary>
public sealed class SettingsValidator<T>(string sectionPath) : IValidateOptions<T>
    where T : class
{
    public ValidateOptionsResult Validate(string? name, T options)
    {
        var failures = new List<string>();
        foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var value = property.GetValue(options);
            foreach (var rule in property.GetCustomAttributes<ValidationAttribute>())
            {
                if (!rule.IsValid(value))
                {
                    failures.Add(Describe($"{sectionPath}:{property.Name}", rule, value));
                }
            }
        }

        if (failures.Count == 0 && options is IValidatableObject validatable)
        {
            failures.AddRange(validatable.Validate(new ValidationContext(options)).Select(r => r.ErrorMessage ?? $"{sectionPath} is not valid."));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string Describe(string key, ValidationAttribute rule, object? value) => rule switch
    {
        RequiredAttribute => $"{key} must be set.",
        RangeAttribute range => $"{key} must be between {Format(range.Minimum)} and {Format(range.Maximum)} (is {Format(value)}).",
        _ => $"{key}: {rule.FormatErrorMessage(key)}",
    };

    private static string Format(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "empty";
}
