using FmPortal.Shared.Kernel.Errors;
using FmPortal.Shared.Kernel.Security;
using FmPortal.Shared.Pipeline;
using FmPortal.Shared.Pipeline.Authorization;
using Mediator;

namespace FmPortal.Tests.Unit.Pipeline;

/// <summary>The behavior on its own, with the real policy: fail closed on anything undeclared or unknown.</summary>
public sealed class AuthorizationBehaviorTests
{
    public sealed record Undeclared : IQuery<string>;

    [RequiresPermission(DataDomain.Labs, DataAction.Read)]
    [NoPermissionRequired("contradiction")]
    public sealed record DeclaresBoth : IQuery<string>;

    [RequiresPermission(DataDomain.Labs, DataAction.Read)]
    public sealed record ReadLabs(Guid PatientId) : IQuery<string>, IPatientScoped;

    [NoPermissionRequired("static help text")]
    public sealed record Help : IQuery<string>;

    private sealed class CareTeam(params (Guid Staff, Guid Patient)[] links) : ICareRelationships
    {
        public ValueTask<bool> IsOnCareTeamAsync(Guid staffUserId, Guid patientId, CancellationToken cancellationToken) =>
            ValueTask.FromResult(links.Contains((staffUserId, patientId)));
    }

    private static readonly Guid Doctor = Guid.NewGuid();
    private static readonly Guid Patient = Guid.NewGuid();

    private static async Task<string> Send<T>(T request, Actor? actor) where T : IQuery<string>
    {
        var actors = new ActorContext();
        if (actor is not null) actors.Set(actor);
        var behavior = new AuthorizationBehavior<T, string>(actors, new DefaultAccessMatrix(), new CareTeam((Doctor, Patient)));
        return await behavior.Handle(request, (_, _) => ValueTask.FromResult("handled"), CancellationToken.None);
    }

    private static Actor Staff(string role, Guid? id = null) =>
        new(id ?? Guid.NewGuid(), "someone", role, ActorKind.User, null, "s", null);

    [Fact]
    public async Task A_request_that_declares_no_permission_is_refused_even_for_an_admin()
    {
        await Assert.ThrowsAsync<UndeclaredPermissionException>(() => Send(new Undeclared(), Staff(Roles.PracticeAdmin)));
    }

    [Fact]
    public async Task A_request_that_declares_both_is_refused()
    {
        await Assert.ThrowsAsync<UndeclaredPermissionException>(() => Send(new DeclaresBoth(), Staff(Roles.Physician, Doctor)));
    }

    [Fact]
    public async Task An_explicit_no_permission_request_runs_for_anyone()
    {
        Assert.Equal("handled", await Send(new Help(), null));
    }

    [Fact]
    public async Task The_care_team_physician_is_allowed()
    {
        Assert.Equal("handled", await Send(new ReadLabs(Patient), Staff(Roles.Physician, Doctor)));
    }

    [Theory]
    [InlineData(Roles.Billing, "role")]
    [InlineData(Roles.FrontDesk, "role")]
    [InlineData(Roles.ComplianceOfficer, "role")]
    [InlineData(Roles.PracticeAdmin, "role")]
    [InlineData(Roles.Physician, "care-team")]
    [InlineData("not-a-role", "role")]
    public async Task Everyone_else_is_refused_with_the_reason(string role, string reason)
    {
        var denied = await Assert.ThrowsAsync<AccessDeniedException>(() => Send(new ReadLabs(Patient), Staff(role)));
        Assert.Equal(reason, denied.Reason);
    }

    [Fact]
    public async Task A_patient_reads_only_their_own_record()
    {
        var self = new Actor(Guid.NewGuid(), "p", Roles.Patient, ActorKind.User, Patient, "s", null);
        var other = self with { PatientId = Guid.NewGuid() };

        Assert.Equal("handled", await Send(new ReadLabs(Patient), self));
        var denied = await Assert.ThrowsAsync<AccessDeniedException>(() => Send(new ReadLabs(Patient), other));
        Assert.Equal("own-record-only", denied.Reason);
    }
}
