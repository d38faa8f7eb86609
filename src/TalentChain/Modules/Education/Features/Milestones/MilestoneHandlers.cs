using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Education.Domain;
using TalentChain.Modules.Education.Features.Degrees;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Education.Features.Milestones;

/// <summary>A change to one milestone: its due date (HR), or its completion (the person or HR). Null = unchanged.</summary>
public sealed record MilestoneInput(DateOnly? DueDate = null, DateOnly? CompletedOn = null, string? Note = null);

/// <summary>
/// Milestones of an active degree: reschedule, complete (with a note), attach evidence. No date before the degree's
/// start; completing "degree conferred" confers the degree, which starts the service period.
/// </summary>
public sealed class MilestoneHandlers(TalentChainDbContext db, DegreeReader reader, IStringLocalizer<EducationResource> e, IStringLocalizer<SharedResource> shared, TimeProvider clock)
{
    public async Task<MilestoneView> UpdateAsync(EducationViewer viewer, int degreeId, int milestoneId, MilestoneInput input, CancellationToken ct = default)
    {
        var (d, m) = await LoadAsync(viewer, degreeId, milestoneId, ct);
        var today = clock.Today();
        var errors = new FieldErrors();
        if (input.DueDate is { } due)
        {
            if (!viewer.Hr) throw new AccessDeniedException(e["Milestone.RescheduleHrOnly"]);
            if (due < d.StartDate) errors.Add(nameof(input.DueDate), e["Milestone.BeforeStart", EducationText.Date(due), EducationText.Date(d.StartDate)]);
            else if (due > d.StartDate.AddYears(10)) errors.Add(nameof(input.DueDate), e["Milestone.TooLate"]);
        }
        if (input.CompletedOn is { } done)
        {
            if (m.CompletedOn is not null) errors.Add(nameof(input.CompletedOn), e["Milestone.AlreadyCompleted"]);
            else if (done < d.StartDate) errors.Add(nameof(input.CompletedOn), e["Milestone.BeforeStart", EducationText.Date(done), EducationText.Date(d.StartDate)]);
            else if (done > today) errors.Add(nameof(input.CompletedOn), e["Milestone.CompletedInFuture"]);
        }
        var note = PersonLines.Blank(input.Note);
        errors.RequireOneLine(shared, (nameof(input.Note), note));
        if (note?.Length > 1000) errors.Add(nameof(input.Note), e["Common.TooLong", 1000]);
        if (input.DueDate is null && input.CompletedOn is null && note is null) errors.Add("", e["Milestone.NothingToChange"]);
        errors.ThrowIfAny(e["Milestone.Invalid"]);

        if (input.DueDate is { } newDue) m.DueDate = newDue;
        if (note is not null) m.Note = note;
        if (input.CompletedOn is { } completed)
        {
            m.CompletedOn = completed;
            m.CompletedBy = db.CurrentUser.Name;
            if (m.Kind == MilestoneKind.DegreeConferred)
            {
                d.ConferredOn = completed;
                d.Status = DegreeStatus.Conferred;
            }
        }
        await db.SaveChangesAsync(ct);
        return reader.View(m, today);
    }

    public async Task<MilestoneView> AttachAsync(EducationViewer viewer, int degreeId, int milestoneId, IReadOnlyList<UploadedFile> files, CancellationToken ct = default)
    {
        var (_, m) = await LoadAsync(viewer, degreeId, milestoneId, ct);
        var errors = new FieldErrors();
        if (files.Count == 0) errors.Add("File", e["File.Required"]);
        var types = files.Select(f => EducationFiles.Check(errors, "File", f, e, shared)).ToList();
        errors.ThrowIfAny(e["File.Refused"]);
        var now = clock.GetUtcNow();
        for (var i = 0; i < files.Count; i++)
        {
            m.Evidence.Add(new MilestoneEvidence
            {
                FileName = FileNames.SafeBaseName(files[i].FileName), ContentType = types[i]!, Size = files[i].Content.Length, Content = files[i].Content,
                UploadedAt = now, UploadedBy = db.CurrentUser.Name,
            });
        }
        await db.SaveChangesAsync(ct);
        return reader.View(m, clock.Today());
    }

    public async Task<MilestoneEvidence> EvidenceAsync(EducationViewer viewer, int degreeId, int milestoneId, int fileId, CancellationToken ct = default)
    {
        var d = await reader.LoadVisibleAsync(viewer, degreeId, tracked: false, ct);
        return d.Milestones.FirstOrDefault(m => m.Id == milestoneId)?.Evidence.FirstOrDefault(f => f.Id == fileId)
            ?? throw new NotFoundException(e["File.NotFound", fileId]);
    }

    private async Task<(Degree Degree, Milestone Milestone)> LoadAsync(EducationViewer viewer, int degreeId, int milestoneId, CancellationToken ct)
    {
        var d = await reader.LoadVisibleAsync(viewer, degreeId, tracked: true, ct);
        var m = d.Milestones.FirstOrDefault(x => x.Id == milestoneId) ?? throw new NotFoundException(e["Milestone.NotFound", milestoneId]);
        if (viewer.EmployeeId != d.EmployeeId && !viewer.Hr) throw new AccessDeniedException(e["Milestone.NotYours"]);
        if (d.Status != DegreeStatus.Active) throw ValidationFailedException.For(e["Milestone.Invalid"], "", e["Milestone.DegreeNotActive"]);
        return (d, m);
    }
}
