using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using FmPortal.Shared.Kernel.Security;

namespace FmPortal.Shared.Pipeline.MinimumNecessary;

internal enum FieldKind
{
    Unclassified,
    NonPhi,
    Domain,
    RecordId,
    PatientId,
    Nested,
}

internal sealed record PlannedField(
    string Name,
    FieldKind Kind,
    FieldDomainAttribute? Domain,
    Func<object, object?> Get,
    Action<object, object?> Set);

/// <summary>Per-type list of classified properties with compiled accessors, built once.</summary>
internal sealed class TypePlan
{
    private static readonly ConcurrentDictionary<Type, TypePlan> Plans = new();

    private TypePlan(IReadOnlyList<PlannedField> fields) => Fields = fields;

    public IReadOnlyList<PlannedField> Fields { get; }

    public static TypePlan For(Type type) => Plans.GetOrAdd(type, Build);

    public static bool IsLeaf(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(Guid)
        || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(DateOnly) || type == typeof(TimeSpan)
        || type.FullName == "Mediator.Unit";

    private static TypePlan Build(Type type)
    {
        var fields = new List<PlannedField>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0) continue;
            var kind = Classify(property, out var domain);
            fields.Add(new PlannedField($"{type.Name}.{property.Name}", kind, domain, Getter(property),
                kind == FieldKind.Domain ? Setter(property) : static (_, _) => { }));
        }
        return new TypePlan(fields);
    }

    private static FieldKind Classify(PropertyInfo property, out FieldDomainAttribute? domain)
    {
        domain = property.GetCustomAttribute<FieldDomainAttribute>();
        if (domain is not null) return FieldKind.Domain;
        if (property.IsDefined(typeof(AuditRecordIdAttribute))) return FieldKind.RecordId;
        if (property.IsDefined(typeof(AuditPatientIdAttribute))) return FieldKind.PatientId;
        if (property.IsDefined(typeof(NonPhiAttribute))) return FieldKind.NonPhi;
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        if (!IsLeaf(type) && (type.IsClass || type.IsInterface || typeof(IEnumerable).IsAssignableFrom(type)))
            return FieldKind.Nested;
        return FieldKind.Unclassified;
    }

    private static Func<object, object?> Getter(PropertyInfo property)
    {
        var instance = Expression.Parameter(typeof(object));
        var body = Expression.Convert(
            Expression.Property(Expression.Convert(instance, property.DeclaringType!), property), typeof(object));
        return Expression.Lambda<Func<object, object?>>(body, instance).Compile();
    }

    private static Action<object, object?> Setter(PropertyInfo property)
    {
        var setter = property.SetMethod
            ?? throw new InvalidOperationException($"{property.DeclaringType?.Name}.{property.Name} must be settable (init is enough) to be withheld.");
        var instance = Expression.Parameter(typeof(object));
        var value = Expression.Parameter(typeof(object));
        var call = Expression.Call(Expression.Convert(instance, property.DeclaringType!), setter,
            Expression.Convert(value, property.PropertyType));
        return Expression.Lambda<Action<object, object?>>(call, instance, value).Compile();
    }
}
