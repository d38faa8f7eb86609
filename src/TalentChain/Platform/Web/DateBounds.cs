using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;
using Microsoft.Extensions.Localization;

namespace TalentChain.Platform.Web;

/// <summary>
/// The calendar dates a query may name: 1900-01-01 to 2999-12-31. Handlers add days to a date from a query (the
/// day after an inclusive "to", a projected stock-out), which at 9999-12-31 overflows into a 500. One place refuses
/// such dates for every endpoint and page: the API answers 400 with a field error, a page ignores the value and
/// records a model error.
/// </summary>
public static class DateBounds
{
    public static readonly DateOnly Min = new(1900, 1, 1);
    public static readonly DateOnly Max = new(2999, 12, 31);

    public static bool Contains(DateOnly date) => date >= Min && date <= Max;

    /// <summary>Where an inclusive range of UTC calendar dates ends (exclusive); null when nothing comes after the day.</summary>
    public static DateTimeOffset? EndOfUtcDay(DateOnly day) =>
        day == DateOnly.MaxValue ? null : new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static string Message(IServiceProvider services, string field) =>
        services.GetRequiredService<IStringLocalizer<SharedResource>>()["Query.DateOutOfRange", field, Iso(Min), Iso(Max)];

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static IServiceCollection AddDateBounds(this IServiceCollection services) =>
        services.Configure<MvcOptions>(o => o.ModelBinderProviders.Insert(0, new PageBinderProvider()));

    /// <summary>
    /// Endpoint filter for every minimal-API endpoint: checks DateOnly parameters and the DateOnly properties of
    /// [AsParameters] objects. Endpoints without dates get no filter at all.
    /// </summary>
    public static EndpointFilterDelegate Filter(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var checks = new List<(int Index, string Field, PropertyInfo? Property)>();
        var parameters = context.MethodInfo.GetParameters();
        for (var i = 0; i < parameters.Length; i++)
        {
            var p = parameters[i];
            if (IsDate(p.ParameterType)) checks.Add((i, p.Name ?? "date", null));
            else if (p.GetCustomAttribute<AsParametersAttribute>() is not null)
                foreach (var prop in p.ParameterType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(x => IsDate(x.PropertyType)))
                    checks.Add((i, prop.Name, prop));
        }
        if (checks.Count == 0) return next;
        return invocation =>
        {
            var errors = new FieldErrors();
            foreach (var (index, field, property) in checks)
            {
                var value = invocation.Arguments[index];
                if (property is not null && value is not null) value = property.GetValue(value);
                if (value is DateOnly date && !Contains(date)) errors.Add(field, Message(invocation.HttpContext.RequestServices, field));
            }
            errors.ThrowIfAny(invocation.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>()["Query.Invalid"]);
            return next(invocation);
        };
    }

    private static bool IsDate(Type type) => (Nullable.GetUnderlyingType(type) ?? type) == typeof(DateOnly);

    private sealed class PageBinderProvider : IModelBinderProvider
    {
        public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
            IsDate(context.Metadata.ModelType)
                ? new PageBinder(new SimpleTypeModelBinder(context.Metadata.ModelType, context.Services.GetRequiredService<ILoggerFactory>()))
                : null;
    }

    private sealed class PageBinder(IModelBinder inner) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext bindingContext)
        {
            await inner.BindModelAsync(bindingContext);
            if (bindingContext.Result.IsModelSet && bindingContext.Result.Model is DateOnly date && !Contains(date))
            {
                bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, Message(bindingContext.HttpContext.RequestServices, bindingContext.ModelName));
                bindingContext.Result = ModelBindingResult.Failed();
            }
        }
    }
}
