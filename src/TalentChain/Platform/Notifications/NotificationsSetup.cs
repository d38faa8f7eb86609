using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Jobs;

namespace TalentChain.Platform.Notifications;

public static class NotificationsSetup
{
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section);
        services.AddSingleton<IEmailSender, SmtpEmailSender>();
        services.AddScoped<INotifier, Notifier>();
        services.AddScoped<NotificationHandlers>();
        services.AddScoped<JobStatusHandlers>();
        services.AddPeriodicTask<MailOutbox>();
        return services;
    }

    public static IEndpointRouteBuilder MapNotifications(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/notifications").WithTags("Notifications").RequireAuthorization(Policies.SignedIn);
        api.MapGet("/", async Task<Ok<NotificationList>> (bool? unreadOnly, int? take, ClaimsPrincipal user, UserManager<AppUser> users, NotificationHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.ListAsync(users.GetUserId(user)!, unreadOnly ?? false, take ?? 100, ct)))
            .WithName("ListMyNotifications").WithSummary("My notifications, newest first, with the unread count.");
        api.MapPost("/{id:long}/read", async Task<NoContent> (long id, ClaimsPrincipal user, UserManager<AppUser> users, NotificationHandlers h, CancellationToken ct) =>
            {
                await h.MarkReadAsync(users.GetUserId(user)!, id, ct);
                return TypedResults.NoContent();
            })
            .WithName("MarkNotificationRead").WithSummary("Mark one of my notifications read.").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/read-all", async Task<Ok<int>> (ClaimsPrincipal user, UserManager<AppUser> users, NotificationHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.MarkAllReadAsync(users.GetUserId(user)!, ct)))
            .WithName("MarkAllNotificationsRead").WithSummary("Mark all my notifications read; returns how many changed.");

        app.MapJobStatus();

        var admin = app.MapGroup("/api/v1/admin/periodic-tasks").WithTags("Administration").RequireAuthorization(Policies.Administer);
        admin.MapGet("/", (PeriodicTasks tasks) => TypedResults.Ok(tasks.List().Select(t => new PeriodicTaskView(t.Name, t.Interval.TotalSeconds))))
            .WithName("ListPeriodicTasks").WithSummary("The recurring tasks and their intervals.");
        admin.MapPost("/{name}/run", async Task<Results<Ok<PeriodicTaskRun>, NotFound>> (string name, PeriodicTasks tasks, TimeProvider clock, CancellationToken ct) =>
                await tasks.RunAsync(name, ct) ? TypedResults.Ok(new PeriodicTaskRun(name, clock.GetUtcNow())) : TypedResults.NotFound())
            .WithName("RunPeriodicTask").WithSummary("Run one recurring task now (tasks are idempotent).");
        return app;
    }
}

public sealed record PeriodicTaskView(string Name, double IntervalSeconds);

public sealed record PeriodicTaskRun(string Name, DateTimeOffset RanAt);
