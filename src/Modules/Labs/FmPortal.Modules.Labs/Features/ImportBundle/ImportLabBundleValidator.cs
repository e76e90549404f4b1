using FluentValidation;
using FmPortal.Modules.Labs.Contracts;

namespace FmPortal.Modules.Labs.Features.ImportBundle;

internal sealed class ImportLabBundleValidator : AbstractValidator<ImportLabBundleCommand>
{
    private const double Mb = 1024 * 1024;

    public ImportLabBundleValidator()
    {
        RuleFor(c => c.SizeBytes)
            .Must(size => size <= ImportLabBundleCommand.MaxBytes)
            .WithMessage(c => $"The file is {c.SizeBytes / Mb:0.0} MB; the largest accepted is {ImportLabBundleCommand.MaxBytes / Mb:0} MB.");
        RuleFor(c => c.Content.Length)
            .Must((c, length) => length <= ImportLabBundleCommand.MaxBytes && length == c.SizeBytes)
            .When(c => c.SizeBytes <= ImportLabBundleCommand.MaxBytes)
            .WithName("Content").WithMessage("The file arrived incomplete; please upload it again.");
        RuleFor(c => c.FileName).NotEmpty().WithMessage("The file has no name.")
            .MaximumLength(255).WithMessage("The file name is too long (255 characters at most).");
    }
}
