using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Careers.Data;
using TalentChain.Modules.Careers.Domain;
using TalentChain.Modules.Careers.Features.Ladders;
using TalentChain.Modules.Exports.Contracts;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Demo;

namespace TalentChain.Modules.Careers.Demo;

/// <summary>
/// The careers story: the bundled ladders; this year's headcount plan where the solvent-extraction workshop's
/// technical level 3 has no place left (planned 2, filled 1 by last month's appointment, 1 reserved for a
/// participant whose nomination is pending); an appointment in public notice with an open objection; an engineering
/// title call with its committee mid-vote (mentor@ sits on it and has not voted); and last year's granted title on
/// participant@'s profile and timeline. Deterministic: people are picked by number, dates are relative to today.
/// </summary>
internal sealed class CareersDemoData(TimeProvider clock, IPeopleDirectory directory, IWorkingDays workingDays) : IDemoDataContributor
{
    public int Order => 500;

    private static readonly byte[] DemoPdf = "%PDF-1.4\n% TalentChain demo evidence\n"u8.ToArray();

    public async Task SeedAsync(DemoRun run, CancellationToken ct)
    {
        var db = run.Db;
        if (await db.CareerLadders.AnyAsync(ct)) return;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var now = clock.GetUtcNow();

        // The bundled ladders are reference data; like Exports' working calendar, the demo loads them (an installation
        // loads them with POST /api/v1/careers/ladders/bundled).
        await BundledLadders.EnsureAsync(db, ct);
        await db.SaveChangesAsync(ct);
        var levels = await db.LadderLevels.Include(l => l.Ladder).ToListAsync(ct);
        LadderLevel Level(string ladder, int rank) => levels.Single(l => l.Ladder!.Code == ladder && l.Rank == rank);

        var units = await db.OrgUnitRefs.AsNoTracking().ToDictionaryAsync(u => u.Code, ct);
        var people = await db.EmployeeRefs.AsNoTracking().Where(e => e.Status == EmployeeStatus.Active).OrderBy(e => e.EmployeeNumber).ToListAsync(ct);
        var participants = await db.ParticipantRefs.AsNoTracking().Where(p => p.Status == ParticipantStatus.Selected).OrderBy(p => p.Id).ToListAsync(ct);
        if (people.Count < 20 || !units.TryGetValue("SEP1-SX", out var sxUnit)) return;
        int? Account(string role) => run.AccountEmployees.TryGetValue(role, out var id) ? id : null;
        var mentor = Account(Roles.Mentor);
        var participantAccount = Account(Roles.Participant);
        var reserved = new HashSet<int>(new[] { mentor, participantAccount, Account(Roles.LineManager), Account(Roles.ProgramManager), Account(Roles.Executive) }.OfType<int>());

        // Committees: members are employees.
        var seniors = people.Where(e => e.Title >= ProfessionalTitle.SeniorEngineer && !reserved.Contains(e.Id)).ToList();
        var appointmentCommittee = new Committee { Name = "Technical track appointment committee", NameZh = "技术序列聘任委员会" };
        appointmentCommittee.Members.AddRange(new[] { Account(Roles.Executive), Account(Roles.ProgramManager) }.OfType<int>()
            .Concat(seniors.Take(1).Select(e => e.Id)).Distinct().Select(id => new CommitteeMember { EmployeeId = id }));
        var titleCommittee = new Committee { Name = "Engineering title review committee", NameZh = "工程系列职称评审委员会" };
        titleCommittee.Members.AddRange(seniors.Skip(1).Take(4).Select(e => e.Id).Concat(mentor is { } m ? [m] : []).Distinct()
            .Select(id => new CommitteeMember { EmployeeId = id }));
        db.CareerCommittees.AddRange(appointmentCommittee, titleCommittee);
        await db.SaveChangesAsync(ct);

        // Headcount plans for this year.
        var tech3 = Level(BundledLadders.Technical, 3);
        HeadcountPlan Plan(string unit, LadderLevel level, int planned)
        {
            var p = new HeadcountPlan { OrgUnitId = units[unit].Id, LevelId = level.Id, Year = today.Year, Planned = planned, ChangedAt = now };
            db.HeadcountPlans.Add(p);
            return p;
        }
        var sx = Plan("SEP1-SX", tech3, 2);
        var rdi = units.ContainsKey("RDI-SEP") ? Plan("RDI-SEP", tech3, 3) : null;
        var sep2 = units.ContainsKey("SEP2-SX") ? Plan("SEP2-SX", Level(BundledLadders.Technical, 2), 2) : null;
        if (units.ContainsKey("RDI-MAG")) Plan("RDI-MAG", Level(BundledLadders.Technical, 4), 1).Filled = 1;
        if (units.ContainsKey("SEP1-OX")) Plan("SEP1-OX", Level(BundledLadders.Operations, 3), 2);
        await db.SaveChangesAsync(ct);

        // Last month's effective appointment in the solvent-extraction workshop fills one of its two places.
        var sxPeople = people.Where(e => e.OrgUnitId == sxUnit.Id && e.Track == CareerTrack.Technical && !reserved.Contains(e.Id)).ToList();
        var appointedOn = today.AddMonths(-1);
        if (sxPeople.Count > 0)
        {
            var a = sxPeople[0];
            var notice = await workingDays.AddWorkingDaysAsync(appointedOn.AddDays(-14), 5, ct);
            var effective = new Appointment
            {
                EmployeeId = a.Id, LevelId = tech3.Id, OrgUnitId = a.OrgUnitId, PlanId = sx.Id, CommitteeId = appointmentCommittee.Id,
                Position = "Senior extraction process engineer", Reason = "主持3号线串级萃取优化，镨钕收率提高1.8%。",
                Evidence = [EvidenceType.Project, EvidenceType.Paper], Status = AppointmentStatus.Effective, NominatedBy = "manager" + DemoSeeder.EmailDomain,
                NominatedOn = appointedOn.AddDays(-30), NoticeWorkingDays = 5, NoticeStarts = appointedOn.AddDays(-14), NoticeEnds = notice.Date,
                NoticeProvisional = notice.Provisional, EffectiveOn = appointedOn > notice.Date ? appointedOn : notice.Date.AddDays(1),
            };
            effective.Votes.AddRange(appointmentCommittee.Members.Select(x => new AppointmentVote { MemberEmployeeId = x.EmployeeId, Choice = VoteChoice.Approve, CastAt = now.AddDays(-50) }));
            db.Appointments.Add(effective);
            sx.Filled = 1;
            await directory.ApplyCareerChangeAsync(a.Id, new CareerChange(effective.EffectiveOn.Value, effective.Position, tech3.Grade, CareerTrack.Technical, a.OrgUnitId), ct);
        }

        // The other place is reserved for a participant whose nomination is pending: the workshop has no place left.
        var sxParticipant = participants.FirstOrDefault(p => p.EmployeeId != participantAccount && people.Any(e => e.Id == p.EmployeeId && e.OrgUnitId == sxUnit.Id))
            ?? participants.FirstOrDefault(p => p.EmployeeId != participantAccount);
        if (sxParticipant is not null)
        {
            var r = new HeadcountReservation { ParticipantId = sxParticipant.Id, Until = today.AddDays(90), Status = ReservationStatus.Active, Note = "为本年度1+5+N培养期满学员预留", CreatedAt = now.AddDays(-20), CreatedBy = "pm" + DemoSeeder.EmailDomain };
            sx.Reservations.Add(r);
            await db.SaveChangesAsync(ct);
            var pending = new Appointment
            {
                EmployeeId = sxParticipant.EmployeeId, LevelId = tech3.Id, OrgUnitId = sx.OrgUnitId, PlanId = sx.Id, ReservationId = r.Id, CommitteeId = appointmentCommittee.Id,
                Position = "Extraction process engineer (senior)", Reason = "已完成1+5+N轮岗，牵头萃取剂损耗降低项目。",
                Evidence = [EvidenceType.Project], Status = AppointmentStatus.InReview, NominatedBy = "manager" + DemoSeeder.EmailDomain, NominatedOn = today.AddDays(-6), NoticeWorkingDays = 5,
                UnmetAtNomination = ["Evidence.Paper"],
            };
            pending.Votes.Add(new AppointmentVote { MemberEmployeeId = appointmentCommittee.Members[0].EmployeeId, Choice = VoteChoice.Approve, Comment = "轮岗表现突出。", CastAt = now.AddDays(-2) });
            db.Appointments.Add(pending);
        }

        // A participant in another workshop holds a place that expires within 30 days.
        var other = participants.FirstOrDefault(p => p.EmployeeId != participantAccount && p.Id != sxParticipant?.Id);
        if (sep2 is not null && other is not null)
            sep2.Reservations.Add(new HeadcountReservation { ParticipantId = other.Id, Until = today.AddDays(20), Status = ReservationStatus.Active, Note = "待中期考核后决定", CreatedAt = now.AddDays(-60), CreatedBy = "pm" + DemoSeeder.EmailDomain });

        // An appointment in public notice with an open objection.
        var rdiPerson = rdi is null ? null : people.FirstOrDefault(e => e.OrgUnitId == rdi.OrgUnitId && !reserved.Contains(e.Id));
        if (rdi is not null && rdiPerson is not null)
        {
            var start = today.AddDays(-3);
            var end = await workingDays.AddWorkingDaysAsync(start, 5, ct);
            var inNotice = new Appointment
            {
                EmployeeId = rdiPerson.Id, LevelId = tech3.Id, OrgUnitId = rdi.OrgUnitId, PlanId = rdi.Id, CommitteeId = appointmentCommittee.Id,
                Position = "Senior research engineer", Reason = "重稀土萃取领域发明专利两项，完成中试线投运。",
                Evidence = [EvidenceType.Project, EvidenceType.Paper, EvidenceType.Patent], Status = AppointmentStatus.InNotice, NominatedBy = "pm" + DemoSeeder.EmailDomain,
                NominatedOn = today.AddDays(-20), NoticeWorkingDays = 5, NoticeStarts = start, NoticeEnds = end.Date, NoticeProvisional = end.Provisional,
            };
            inNotice.Votes.AddRange(appointmentCommittee.Members.Select((x, i) => new AppointmentVote
            {
                MemberEmployeeId = x.EmployeeId, Choice = i == 2 ? VoteChoice.Abstain : VoteChoice.Approve, CastAt = now.AddDays(-8),
            }));
            inNotice.Objections.Add(new AppointmentObjection
            {
                Text = "中试线成果为团队共同完成，专利清单应注明其他发明人的贡献比例。", RaisedBy = "knowledge" + DemoSeeder.EmailDomain, RaisedOn = today.AddDays(-1),
            });
            db.Appointments.Add(inNotice);
        }

        // Title calls: last year's (one title granted to participant@) and this year's, mid-vote.
        var engineering = levels.First(l => l.Ladder!.Code == BundledLadders.Engineering).Ladder!;
        var lastYear = new TitleCall { LadderId = engineering.Id, Year = today.Year - 1, Deadline = new DateOnly(today.Year - 1, 9, 30), CommitteeId = titleCommittee.Id };
        var thisYear = new TitleCall { LadderId = engineering.Id, Year = today.Year, Deadline = today.AddDays(21), CommitteeId = titleCommittee.Id };
        db.TitleCalls.AddRange(lastYear, thisYear);
        await db.SaveChangesAsync(ct);

        var engineer = Level(BundledLadders.Engineering, 2);
        var senior = Level(BundledLadders.Engineering, 3);
        if (participantAccount is { } pa)
        {
            var granted = new DateOnly(today.Year - 1, 12, 15);
            var app = new TitleApplication
            {
                CallId = lastYear.Id, EmployeeId = pa, LevelId = engineer.Id, Status = TitleApplicationStatus.Granted, CreatedOn = new DateOnly(today.Year - 1, 9, 1),
                CreatedBy = "participant" + DemoSeeder.EmailDomain, SubmittedOn = new DateOnly(today.Year - 1, 9, 20), Recommendation = "车间推荐。",
                RecommendedBy = "manager" + DemoSeeder.EmailDomain, RecommendedOn = new DateOnly(today.Year - 1, 10, 8), DecidedOn = new DateOnly(today.Year - 1, 11, 20),
                NoticeEnds = new DateOnly(today.Year - 1, 11, 27), CertificateNumber = $"NMG-ENG-{today.Year - 1}-0417", GrantedOn = granted,
            };
            app.Votes.AddRange(titleCommittee.Members.Select((x, i) => new TitleVote { MemberEmployeeId = x.EmployeeId, Choice = VoteChoice.Approve, Score = 80 + i * 3, CastAt = now.AddYears(-1) }));
            app.Evidence.Add(new TitleEvidence { Type = EvidenceType.Project, Description = "3号串级萃取线投运报告", FileName = "line3-commissioning.pdf", ContentType = "application/pdf", Size = DemoPdf.Length, Content = DemoPdf, UploadedAt = now.AddYears(-1), UploadedBy = "participant" + DemoSeeder.EmailDomain });
            db.TitleApplications.Add(app);
            await directory.RecordTitleAsync(pa, new TitleGrant(granted, engineer.Name, engineer.NameZh, null, app.CertificateNumber), ct);
        }

        // This year's applicants for senior engineer, recommended and with the committee: some members voted, mentor@ has not.
        var applicants = people.Where(e => e.Title == ProfessionalTitle.Engineer && !reserved.Contains(e.Id) && titleCommittee.Members.All(x => x.EmployeeId != e.Id)
            && e.Education >= EducationLevel.Bachelor && e.HireDate <= today.AddYears(-6)).Take(2).ToList();
        var voters = titleCommittee.Members.Where(x => x.EmployeeId != mentor).ToList();
        foreach (var (person, index) in applicants.Select((p, i) => (p, i)))
        {
            var app = new TitleApplication
            {
                CallId = thisYear.Id, EmployeeId = person.Id, LevelId = senior.Id, Status = TitleApplicationStatus.InReview, CreatedOn = today.AddDays(-30), CreatedBy = "pm" + DemoSeeder.EmailDomain,
                SubmittedOn = today.AddDays(-25), Recommendation = index == 0 ? "重稀土生产线技术骨干，同意推荐。" : "业绩稳定，发表论文两篇，同意推荐。",
                RecommendedBy = "manager" + DemoSeeder.EmailDomain, RecommendedOn = today.AddDays(-15),
            };
            foreach (var type in senior.EvidenceRequired)
                app.Evidence.Add(new TitleEvidence { Type = type, Description = "申报证明材料", FileName = $"{type.ToString().ToLowerInvariant()}.pdf", ContentType = "application/pdf", Size = DemoPdf.Length, Content = DemoPdf, UploadedAt = now.AddDays(-26), UploadedBy = "pm" + DemoSeeder.EmailDomain });
            var voted = voters.Take(index == 0 ? 3 : 2).ToList();
            app.Votes.AddRange(voted.Select((x, i) => new TitleVote
            {
                MemberEmployeeId = x.EmployeeId, Choice = index == 0 && i == 2 ? VoteChoice.Reject : VoteChoice.Approve, Score = index == 0 ? 88 - i * 9 : 76 + i * 4,
                Comment = i == 0 ? "申报材料齐全。" : null, CastAt = now.AddDays(-3 + i),
            }));
            db.TitleApplications.Add(app);
        }
        await db.SaveChangesAsync(ct);
    }
}
