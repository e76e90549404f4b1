using FluentValidation;
using FmPortal.Shared.Kernel.Errors;
using Mediator;

namespace FmPortal.Shared.Pipeline.Validation;

/// <summary>Runs the request's validators; the messages name the problem, never echo the value.</summary>
public sealed class ValidationBehavior<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        List<ValidationProblem>? problems = null;
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(message, cancellationToken);
            foreach (var failure in result.Errors)
                (problems ??= []).Add(new ValidationProblem(failure.PropertyName, failure.ErrorMessage));
        }
        if (problems is not null) throw new RequestValidationException(problems);
        return await next(message, cancellationToken);
    }
}
