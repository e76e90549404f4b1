using System.Reflection;
using FmPortal.Shared.Kernel.Security;
using FmPortal.Shared.Pipeline.Authorization;

namespace FmPortal.Tests.Unit.Architecture;

/// <summary>Every request declares its permission and every response field its classification: checked for all, not a list.</summary>
public sealed class RequestDeclarationTests
{
    [Fact]
    public void There_are_requests_to_check()
    {
        Assert.True(Modules.RequestTypes.Count() >= 8);
    }

    [Theory]
    [MemberData(nameof(Modules.RequestTypeNames), MemberType = typeof(Modules))]
    public void Each_request_declares_exactly_one_permission(string typeName)
    {
        var type = Type.GetType(typeName)!;
        var requires = type.GetCustomAttribute<RequiresPermissionAttribute>() is not null;
        var none = type.GetCustomAttribute<NoPermissionRequiredAttribute>() is not null;

        Assert.True(requires ^ none, $"{type.Name} must declare [RequiresPermission] or [NoPermissionRequired], not {(requires ? "both" : "neither")}.");
        Assert.True(RequestPermission.For(type).Declared);
    }

    [Theory]
    [MemberData(nameof(Modules.RequestTypeNames), MemberType = typeof(Modules))]
    public void Each_response_field_is_classified_and_withholdable(string typeName)
    {
        var response = ResponseTypeOf(Type.GetType(typeName)!);
        foreach (var (owner, property) in PropertiesOf(response, []))
        {
            var domain = property.GetCustomAttribute<FieldDomainAttribute>();
            var classified = domain is not null || property.IsDefined(typeof(NonPhiAttribute))
                || property.IsDefined(typeof(AuditRecordIdAttribute)) || property.IsDefined(typeof(AuditPatientIdAttribute));
            Assert.True(classified, $"{owner.Name}.{property.Name} is not classified.");
            if (domain is null) continue;
            var nullable = !property.PropertyType.IsValueType || Nullable.GetUnderlyingType(property.PropertyType) is not null;
            Assert.True(nullable, $"{owner.Name}.{property.Name} carries {domain.Domain} data but cannot be withheld (make it nullable).");
            Assert.True(property.SetMethod is not null, $"{owner.Name}.{property.Name} needs an init or set accessor to be withheld.");
        }
    }

    private static Type ResponseTypeOf(Type request)
    {
        var message = request.GetInterfaces().First(i => i.IsGenericType &&
            (i.GetGenericTypeDefinition() == typeof(Mediator.IQuery<>) || i.GetGenericTypeDefinition() == typeof(Mediator.ICommand<>) || i.GetGenericTypeDefinition() == typeof(Mediator.IRequest<>)));
        return message.GetGenericArguments()[0];
    }

    /// <summary>Properties of the response and of every DTO it nests, through lists too.</summary>
    private static IEnumerable<(Type Owner, PropertyInfo Property)> PropertiesOf(Type type, HashSet<Type> seen)
    {
        var element = ElementType(type);
        if (IsLeaf(element) || !seen.Add(element)) yield break;
        foreach (var property in element.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var nested = ElementType(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType);
            var annotated = property.GetCustomAttributes().Any(a => a.GetType().Namespace == typeof(NonPhiAttribute).Namespace);
            if (!annotated && !IsLeaf(nested))
            {
                foreach (var inner in PropertiesOf(nested, seen)) yield return inner;
                continue;
            }
            yield return (element, property);
        }
    }

    private static Type ElementType(Type type)
    {
        if (type == typeof(string)) return type;
        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable?.GetGenericArguments()[0] ?? type;
    }

    private static bool IsLeaf(Type t) => t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal)
        || t == typeof(Guid) || t == typeof(DateTimeOffset) || t == typeof(DateTime) || t == typeof(DateOnly) || t.FullName == "Mediator.Unit";
}
