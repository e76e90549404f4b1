using FluentValidation;
using FmPortal.Modules.Audit.Contracts;

namespace FmPortal.Modules.Audit.Features.SearchEvents;

internal sealed class SearchAuditEventsValidator : AbstractValidator<SearchAuditEventsQuery>
{
    public SearchAuditEventsValidator()
    {
        RuleFor(q => q.Take).InclusiveBetween(1, 500).WithMessage("Page size must be between 1 and 500.");
        RuleFor(q => q.Skip).GreaterThanOrEqualTo(0).WithMessage("Page offset cannot be negative.");
        RuleFor(q => q.Actor).MaximumLength(256).WithMessage("User filter is too long (256 characters at most).");
        RuleFor(q => q.RequestType).MaximumLength(128).WithMessage("Action filter is too long (128 characters at most).");
        RuleFor(q => q).Must(q => q.From is null || q.To is null || q.From <= q.To)
            .WithName("To").WithMessage("The end of the time range is before its start.");
    }
}
