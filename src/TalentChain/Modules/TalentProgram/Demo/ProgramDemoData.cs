using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Demo;

using TalentChain.Modules.People.Contracts;

namespace TalentChain.Modules.TalentProgram.Demo;

/// <summary>
/// The demo talent program: a three-layer training catalog (en + zh) with past and upcoming sessions, one
/// "1+5+N" program with two cohorts (≈3% of the workforce, at most 60), participants at varied stages with
/// mentors, versioned plans, completed and overdue reviews. The demo accounts fit: participant@ is a
/// participant with a plan, mentor@ mentors them, manager@ is their line manager.
/// </summary>
internal sealed class ProgramDemoData(TimeProvider clock, IPeopleDirectory directory) : IDemoDataContributor
{
    public int Order => 300;

    private sealed record CourseSeed(string Layer, string Code, string Name, string NameZh, decimal Hours, (string Skill, int Level)[] Skills, string? External = null);

    private static readonly (string Code, string Name, string NameZh)[] Layers =
    [
        ("CORE", "Core business immersion", "核心业务浸润"),
        ("FRONTIER", "Frontier industry knowledge", "前沿产业知识"),
        ("LEAD", "Leadership and management", "领导力与管理"),
    ];

    private static readonly CourseSeed[] Courses =
    [
        new("CORE", "CORE-101", "The rare-earth industrial chain from Bayan Obo to magnets", "从白云鄂博到磁材：稀土产业链全景", 16m, [("MIN.ORE.BAYAN", 1)]),
        new("CORE", "CORE-110", "Solvent-extraction cascades in practice", "萃取分离串级工艺实务", 24m, [("SEP.SX.CASCADE", 2), ("SEP.SX.P507", 2)]),
        new("CORE", "CORE-120", "Molten-salt electrolysis of NdPr", "镨钕熔盐电解工艺", 24m, [("MET.ELEC.NDPR", 2)]),
        new("CORE", "CORE-130", "Sintered NdFeB: from strip casting to sintering", "烧结钕铁硼：从速凝甩带到烧结", 32m, [("MAG.NDFEB.SC", 2), ("MAG.NDFEB.SINTER", 2)]),
        new("CORE", "CORE-140", "Radiation protection and thorium residue management", "辐射防护与钍渣管理", 8m, [("CRK.ALK.TH", 1)]),
        new("FRONTIER", "FRT-210", "Grain-boundary diffusion of heavy rare earths", "重稀土晶界扩散技术前沿", 16m, [("MAG.NDFEB.GBD", 3)], "Prof. Zhang Wei, Inner Mongolia University of Science and Technology"),
        new("FRONTIER", "FRT-220", "Heavy rare-earth separation: Dy/Tb purity frontiers", "中重稀土分离：镝铽高纯化前沿", 16m, [("SEP.SX.HEAVY", 3)], "Prof. Li Na, Peking University College of Chemistry"),
        new("FRONTIER", "FRT-230", "Recycling magnets: hydrometallurgy and direct routes", "废旧磁体回收：湿法与直接再生", 12m, [("REC.SCRAP.HYDRO", 2), ("REC.SCRAP.DIRECT", 2)], "Prof. Chen Hao, Jiangxi University of Science and Technology"),
        new("FRONTIER", "FRT-240", "ICP-MS for 5N rare-earth oxides", "5N级稀土氧化物ICP-MS分析", 12m, [("ANA.CHEM.ICPMS", 3), ("SEP.OX.5N", 2)]),
        new("LEAD", "LEAD-310", "Leading a shift: safety, people, production", "班组长领导力：安全、团队与生产", 16m, []),
        new("LEAD", "LEAD-320", "From lab result to product: IP and commercialisation", "从实验成果到产品：知识产权与成果转化", 8m, [], "Prof. Wang Jun, Tsinghua University School of Economics and Management"),
    ];

    private static readonly string[] ActivityTitles = ["Rotation to the oxide workshop", "Cascade optimisation project on line 3", "Monthly session with technical mentor", "Part-time master's in metallurgical engineering", "Lab work: ICP-MS method validation", "Shadow the plant manager for a week"];

    /// <summary>The project a review adds to the next plan version (one per review, so versions do not repeat one title).</summary>
    private static readonly string[] FollowUpProjects = ["Cascade optimisation project on line 3", "Yield study: the Pr/Nd split on line 5", "Solvent-loss reduction on the extraction lines", "Commission the new La/Ce extraction stage", "Mentor two new graduates through their first rotation", "Process hand-over manual for line 3"];

    /// <summary>Reasons that fit an added project (the others fit a changed goal).</summary>
    private static readonly string[] AddedReasons =
    [
        "Rotation schedule moved by the plant's maintenance shutdown",
        "Project scope narrowed to line 3 at the line manager's request",
        "Goal reached early; new goal agreed with the mentor",
        "Agreed at the review: practice on a live line before the next stage",
        "The line manager needs this done before the annual overhaul",
    ];

    private static readonly string[] Reasons =
    [
        "Rotation schedule moved by the plant's maintenance shutdown",
        "Target raised after a strong first half-year",
        "Course replaced by the frontier session with the visiting professor",
        "Project scope narrowed to line 3 at the line manager's request",
        "Goal reached early; new goal agreed with the mentor",
    ];

    public async Task SeedAsync(DemoRun run, CancellationToken ct)
    {
        var db = run.Db;
        var rng = new Random(run.Seed + 303);
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var nodes = await db.TaxonomyRefs.AsNoTracking().Where(n => n.Kind == TaxonomyKind.Skill).ToDictionaryAsync(n => n.Code, n => n.Id, ct);

        // Training catalog.
        var layers = Layers.Select((l, i) => new TrainingLayer { Code = l.Code, Name = l.Name, NameZh = l.NameZh, Order = i + 1 }).ToList();
        db.TrainingLayers.AddRange(layers);
        await db.SaveChangesAsync(ct);
        var courses = new List<(Course Course, CourseSeed Seed)>();
        foreach (var c in Courses)
        {
            var course = new Course { LayerId = layers.First(l => l.Code == c.Layer).Id, Code = c.Code, Name = c.Name, NameZh = c.NameZh, Hours = c.Hours };
            foreach (var (skill, level) in c.Skills)
                if (nodes.TryGetValue(skill, out var nodeId)) course.Skills.Add(new CourseSkill { TaxonomyNodeId = nodeId, Level = level });
            courses.Add((course, c));
        }
        db.Courses.AddRange(courses.Select(c => c.Course));
        await db.SaveChangesAsync(ct);

        var people = await db.EmployeeRefs.AsNoTracking().Where(e => e.Status == EmployeeStatus.Active)
            .Select(e => new { e.Id, e.Track, e.Title, e.BirthDate, e.HireDate, e.ManagerId, e.OrgUnit!.Segment })
            .OrderBy(e => e.Id).ToListAsync(ct);
        var experts = people.Where(p => p.Title >= ProfessionalTitle.SeniorEngineer).ToList();

        // Sessions: two past and one upcoming per course; lecturers are senior engineers or visiting professors.
        var sessions = new List<TrainingSession>();
        foreach (var (course, seed) in courses)
        {
            foreach (var monthsAgo in new[] { -14, -5, 1 })
            {
                var day = today.AddMonths(monthsAgo).AddDays(rng.Next(0, 20));
                if (monthsAgo > 0 && day <= today) day = today.AddDays(10 + rng.Next(0, 20));
                var start = new DateTimeOffset(day.Year, day.Month, day.Day, 1, 30, 0, TimeSpan.Zero); // 09:30 Beijing time
                var internalLecturer = seed.External is null && experts.Count > 0 ? experts[rng.Next(experts.Count)].Id : (int?)null;
                sessions.Add(new TrainingSession
                {
                    CourseId = course.Id, StartsAt = start, EndsAt = start.AddHours((double)Math.Min(course.Hours, 8m)),
                    Place = rng.Next(3) switch { 0 => "Baotou training centre, room 201", 1 => "Research institute auditorium", _ => "Separation Plant No. 1, meeting room" },
                    Capacity = monthsAgo > 0 && course.Code == "FRT-220" ? 2 : 20 + rng.Next(0, 3) * 5,
                    LecturerEmployeeId = internalLecturer, ExternalLecturer = internalLecturer is null ? seed.External ?? "Visiting lecturer" : null,
                });
            }
        }
        // A block week of the cascade course that is running now: results can be recorded for it today.
        var cascade = courses.First(c => c.Seed.Code == "CORE-110").Course;
        var blockStart = now.AddDays(-1);
        sessions.Add(new TrainingSession
        {
            CourseId = cascade.Id, StartsAt = blockStart, EndsAt = blockStart.AddDays(5), Place = "Separation Plant No. 1, training room (block week)",
            Capacity = 30, LecturerEmployeeId = experts.Count > 0 ? experts[0].Id : null, ExternalLecturer = experts.Count > 0 ? null : "Visiting lecturer",
        });
        db.TrainingSessions.AddRange(sessions);

        // The program and its "1+5+N" template.
        var program = new DevelopmentProgram
        {
            Name = "High-Level Talent Special Training Program",
            NameZh = "高层次人才专项培养计划",
            Goals = "Fast-track technical leaders across the chain: tailored plans reviewed every six months, 1+5+N progression, 1+1+1 mentoring, a multilayer training stack.",
            EligibleTracks = [CareerTrack.Technical, CareerTrack.Operations],
            MinTitle = ProfessionalTitle.Technician,
            MinTenureYears = 1,
            MaxAge = 45,
            ReviewIntervalMonths = 6,
            ReminderDaysAhead = 14,
            ManagerEmployeeIds = run.AccountEmployees.TryGetValue(Roles.ProgramManager, out var pmEmployee) ? [pmEmployee] : [],
        };
        foreach (var s in StageEngine.Template(1, 5, 3, 3, 6)) program.Stages.Add(s);
        db.DevelopmentPrograms.Add(program);
        await db.SaveChangesAsync(ct);
        var template = program.Stages.OrderBy(s => s.Order).ToList();

        var startA = FirstOfMonth(today.AddMonths(-26));
        var startB = FirstOfMonth(today.AddMonths(-7));
        var cohortA = new Cohort { ProgramId = program.Id, IntakeYear = startA.Year, Name = $"{startA.Year} intake · {startA.Year}级", StartDate = startA };
        var cohortB = new Cohort { ProgramId = program.Id, IntakeYear = startB.Year == startA.Year ? startA.Year + 1 : startB.Year, Name = $"{(startB.Year == startA.Year ? startA.Year + 1 : startB.Year)} intake · {(startB.Year == startA.Year ? startA.Year + 1 : startB.Year)}级", StartDate = startB };
        db.Cohorts.AddRange(cohortA, cohortB);
        await db.SaveChangesAsync(ct);

        // Participants: the demo participant first, then eligible-looking people (technical/operations, under 46, a year's tenure).
        var total = Math.Clamp(run.Employees / 33, 6, 60);
        run.AccountEmployees.TryGetValue(Roles.Participant, out var demoParticipant);
        run.AccountEmployees.TryGetValue(Roles.Mentor, out var demoMentor);
        run.AccountEmployees.TryGetValue(Roles.LineManager, out var demoManager);
        var reserved = new HashSet<int> { demoMentor, demoManager };
        foreach (var v in run.AccountEmployees.Values) reserved.Add(v);
        reserved.Remove(demoParticipant);
        var pool = people.Where(p => p.Track != CareerTrack.Management && p.HireDate < startB.AddYears(-1) && !reserved.Contains(p.Id)
                && (p.BirthDate is null || Eligibility.YearsBetween(p.BirthDate.Value, today) <= 45))
            .OrderBy(_ => rng.Next()).Select(p => p.Id).ToList();
        if (demoParticipant != 0) { pool.Remove(demoParticipant); pool.Insert(0, demoParticipant); }
        var chosen = pool.Take(total).ToList();

        // manager@ is the demo participant's line manager.
        if (demoParticipant != 0 && demoManager != 0 && demoManager != demoParticipant)
        {
            await directory.ChangeManagerAsync(demoParticipant, demoManager, ct);
        }

        var byId = people.ToDictionary(p => p.Id);
        var skills = await db.SkillRefs.AsNoTracking().Where(s => chosen.Contains(s.EmployeeId)).Select(s => new { s.EmployeeId, s.TaxonomyNodeId, s.Level }).ToListAsync(ct);
        var nodeIds = nodes.Values.ToList();
        var pendingReviewsOverdue = 0;
        for (var i = 0; i < chosen.Count; i++)
        {
            var employeeId = chosen[i];
            var isDemo = employeeId == demoParticipant;
            var inA = isDemo || i % 9 < 5;
            var cohort = inA ? cohortA : cohortB;
            var p = new Participant
            {
                CohortId = cohort.Id, EmployeeId = employeeId, NominatedOn = cohort.StartDate.AddMonths(-2), NominatedBy = "pm@talentchain.demo",
                NominationReason = "Strong process results; recommended by the plant", DecidedBy = "pm@talentchain.demo",
            };
            // In the newer cohort a few are still nominations in progress, one was not selected.
            if (!isDemo && !inA && i % 9 == 8) { p.Status = i % 2 == 0 ? ParticipantStatus.UnderReview : ParticipantStatus.Nominated; db.Participants.Add(p); continue; }
            if (!isDemo && !inA && i % 9 == 7 && i < 30) { p.Status = ParticipantStatus.Rejected; p.DecisionNote = "Not selected this year: tenure in the role too short"; db.Participants.Add(p); continue; }
            p.Status = ParticipantStatus.Selected;
            p.StartDate = cohort.StartDate;
            db.Participants.Add(p);
            await db.SaveChangesAsync(ct);

            // Stages: walk the template; about one in six is held back in a stage past its planned end (stuck).
            var stuck = !isDemo && rng.Next(6) == 0;
            var date = p.StartDate.Value;
            ProgramStage? stage = null;
            var sequence = 0;
            while (true)
            {
                var next = StageEngine.Next(template, stage)!;
                var planned = StageEngine.PlannedEnd(date, next);
                var ps = new ParticipantStage { ParticipantId = p.Id, ProgramStageId = next.Id, Sequence = ++sequence, StartedOn = date, PlannedEnd = planned };
                db.ParticipantStages.Add(ps);
                var finishes = planned <= today && !(stuck && planned.AddMonths(2) > today);
                foreach (var c in next.Criteria)
                {
                    if (!finishes && rng.Next(3) != 0) continue;
                    ps.Evidence.Add(new GateEvidence
                    {
                        GateCriterionId = c.Id, RecordedBy = c.Kind == EvidenceKind.SignOff ? "manager@talentchain.demo" : "participant@talentchain.demo",
                        RecordedOn = finishes ? planned : today.AddDays(-rng.Next(1, 30)),
                        Note = c.Kind == EvidenceKind.Document ? $"Stage report {sequence}: DMS-{p.Id:0000}-{sequence}" : c.Kind == EvidenceKind.SignOff ? "Agreed" : "Rotation assessment",
                        Score = c.Kind == EvidenceKind.Assessment ? 65 + rng.Next(0, 35) : null,
                        SignedAs = c.Kind == EvidenceKind.SignOff ? c.SignOffRole : null,
                    });
                }
                if (!finishes) break;
                ps.EndedOn = planned;
                ps.EndedBy = "pm@talentchain.demo";
                if (stuck && rng.Next(2) == 0 && next.Kind == StageKind.Rotation) ps.OverrideReason = "Assessment postponed by the plant shutdown; advanced on the line manager's report";
                date = planned;
                stage = next;
            }

            // Mentors: a technical mentor (the demo mentor for the demo participant), a career mentor for most.
            var technical = isDemo && demoMentor != 0 ? demoMentor : experts.Count > 0 ? experts[rng.Next(experts.Count)].Id : 0;
            if (technical != 0 && technical != employeeId)
                db.MentorAssignments.Add(new MentorAssignment { ParticipantId = p.Id, MentorEmployeeId = technical, Role = MentorRole.Technical, From = p.StartDate.Value });
            if (rng.Next(3) != 0 && experts.Count > 1)
            {
                var career = experts[rng.Next(experts.Count)].Id;
                if (career != technical && career != employeeId)
                    db.MentorAssignments.Add(new MentorAssignment { ParticipantId = p.Id, MentorEmployeeId = career, Role = MentorRole.Career, From = p.StartDate.Value.AddMonths(1) });
            }

            // Plan version 1: goals on skills the person has (or should have), activities of several kinds.
            var mine = skills.Where(s => s.EmployeeId == employeeId && s.Level < 4).Select(s => (s.TaxonomyNodeId, s.Level)).ToList();
            while (mine.Count < 3)
            {
                var n = nodeIds[rng.Next(nodeIds.Count)];
                if (mine.All(m => m.TaxonomyNodeId != n)) mine.Add((n, 1));
            }
            var plan = new DevelopmentPlan { ParticipantId = p.Id, LastChangedAt = now };
            var v1 = new PlanVersion { Number = 1, OpenedOn = p.StartDate.Value };
            plan.Versions.Add(v1);
            var goalCount = 2 + rng.Next(2);
            foreach (var (nodeId, level) in mine.OrderBy(_ => rng.Next()).Take(goalCount))
                v1.Goals.Add(new PlanGoal
                {
                    Key = Guid.NewGuid(), TaxonomyNodeId = nodeId, CurrentLevel = level, TargetLevel = Math.Min(4, level + 1 + rng.Next(2)),
                    Outcome = "Runs the process unaided and trains two colleagues", DueDate = p.StartDate.Value.AddMonths(18 + rng.Next(0, 7)),
                });
            var courseFor = courses.FirstOrDefault(c => c.Course.Skills.Any(s => v1.Goals.Any(g => g.TaxonomyNodeId == s.TaxonomyNodeId))).Course ?? courses[rng.Next(courses.Count)].Course;
            v1.Activities.Add(new PlanActivity { Key = Guid.NewGuid(), Kind = ActivityKind.Training, Title = courseFor.Name, CourseId = courseFor.Id, PlannedStart = today.AddMonths(1), GoalKey = v1.Goals[0].Key });
            v1.Activities.Add(new PlanActivity { Key = Guid.NewGuid(), Kind = ActivityKind.Rotation, Title = ActivityTitles[0], PlannedStart = p.StartDate.Value.AddMonths(3), PlannedEnd = p.StartDate.Value.AddMonths(6), Status = ActivityStatus.InProgress });
            v1.Activities.Add(new PlanActivity { Key = Guid.NewGuid(), Kind = (ActivityKind)(3 + rng.Next(4)), Title = ActivityTitles[1 + rng.Next(ActivityTitles.Length - 1)], PlannedStart = p.StartDate.Value.AddMonths(2) });
            db.DevelopmentPlans.Add(plan);
            await db.SaveChangesAsync(ct);

            // Reviews every six months; the past ones are done (each rolled the plan to a new version) except, for
            // about one in four (never the demo participant), the latest, which is left overdue.
            var current = v1;
            for (var n = 1; ; n++)
            {
                var due = ReviewSchedule.DueDate(p.StartDate.Value, program.ReviewIntervalMonths, n);
                var review = new Review { ParticipantId = p.Id, Sequence = n, DueDate = due };
                db.Reviews.Add(review);
                var nextDue = ReviewSchedule.DueDate(p.StartDate.Value, program.ReviewIntervalMonths, n + 1);
                var leaveOverdue = due < today && nextDue >= today && !isDemo && i % 3 == 1;
                if (due >= today || leaveOverdue)
                {
                    if (leaveOverdue) pendingReviewsOverdue++;
                    if (due >= today && due.DayNumber - today.DayNumber < 60) review.SelfAssessment = isDemo ? null : "Cascade balance work on line 3 is ahead of plan; electrolysis rotation still to come.";
                    break;
                }
                var completed = due.AddDays(rng.Next(0, 10));
                if (completed > today) completed = today;
                review.SelfAssessment = "I met most of my goals for the period; the rotation taught me the oxide side of the process.";
                review.SelfAssessedOn = due.AddDays(-7);
                review.Decision = rng.Next(5) == 0 ? ReviewDecision.AdjustPlan : ReviewDecision.OnTrack;
                review.DecisionNote = review.Decision == ReviewDecision.AdjustPlan ? "Move the electrolysis rotation forward" : "Good progress";
                review.DecidedBy = "manager@talentchain.demo";
                review.CompletedOn = completed;
                if (technical != 0 && technical != employeeId)
                    review.MentorInputs.Add(new ReviewMentorInput { MentorEmployeeId = technical, Role = MentorRole.Technical, Text = "Solid technical growth; ready for more responsibility on the cascade.", SubmittedOn = due.AddDays(-3) });
                await db.SaveChangesAsync(ct);

                current.ClosedOn = completed;
                current.CloseReason = $"Review #{n} ({(review.Decision == ReviewDecision.AdjustPlan ? "plan adjusted" : "on track")}): {review.DecisionNote}";
                current.ClosedByReviewId = review.Id;
                var next = new PlanVersion { PlanId = plan.Id, Number = current.Number + 1, OpenedOn = completed };
                foreach (var g in current.Goals)
                {
                    var level = Math.Min(g.TargetLevel, g.CurrentLevel + (rng.Next(3) == 0 ? 1 : 0));
                    next.Goals.Add(new PlanGoal { Key = g.Key, TaxonomyNodeId = g.TaxonomyNodeId, CurrentLevel = level, TargetLevel = g.TargetLevel, Outcome = g.Outcome, DueDate = g.DueDate });
                    // The review page shows what the decision raised, with its evidence.
                    if (level > g.CurrentLevel)
                        db.ReviewSkillUpdates.Add(new ReviewSkillUpdate { ReviewId = review.Id, TaxonomyNodeId = g.TaxonomyNodeId, Level = level, Evidence = "Assessed on the line during the review period; confirmed by the technical mentor" });
                }
                foreach (var a in current.Activities.Where(a => a.Status != ActivityStatus.Done))
                    next.Activities.Add(new PlanActivity { Key = a.Key, Kind = a.Kind, Title = a.Title, PlannedStart = a.PlannedStart, PlannedEnd = a.PlannedEnd, Status = a.Kind == ActivityKind.Rotation || a.PlannedEnd is { } end && end <= completed ? ActivityStatus.Done : a.PlannedStart is { } st && st <= completed && a.Status == ActivityStatus.Planned ? ActivityStatus.InProgress : a.Status, CourseId = a.CourseId, GoalKey = a.GoalKey });
                db.PlanVersions.Add(next);
                await db.SaveChangesAsync(ct);
                // One recorded change in the new version, with its reason.
                var changed = next.Goals[rng.Next(next.Goals.Count)];
                if (changed.TargetLevel < 4 && rng.Next(2) == 0)
                {
                    changed.TargetLevel++;
                    db.PlanChanges.Add(new PlanChange { PlanVersionId = next.Id, ItemKey = changed.Key, Kind = PlanChangeKind.Changed, Summary = "Target level raised", Reason = Reasons[1], ChangedBy = "manager@talentchain.demo", ChangedAt = new DateTimeOffset(completed.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero) });
                }
                else
                {
                    var added = new PlanActivity { PlanVersionId = next.Id, Key = Guid.NewGuid(), Kind = ActivityKind.Project, Title = FollowUpProjects[(n - 1) % FollowUpProjects.Length], PlannedStart = completed.AddMonths(1), PlannedEnd = completed.AddMonths(5) };
                    db.PlanActivities.Add(added);
                    db.PlanChanges.Add(new PlanChange { PlanVersionId = next.Id, ItemKey = added.Key, Kind = PlanChangeKind.Added, Summary = added.Title, Reason = AddedReasons[rng.Next(Reasons.Length) % AddedReasons.Length], ChangedBy = "manager@talentchain.demo", ChangedAt = new DateTimeOffset(completed.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero) });
                }
                await db.SaveChangesAsync(ct);
                current = next;
            }

            // Training: completed past sessions (hours per layer on the dashboard), an upcoming enrollment.
            var past = sessions.Where(s => s.StartsAt < now && s.StartsAt.UtcDateTime > p.StartDate.Value.ToDateTime(TimeOnly.MinValue)).OrderBy(_ => rng.Next()).Take(1 + rng.Next(3));
            foreach (var s in past)
                db.Enrollments.Add(new Enrollment { SessionId = s.Id, EmployeeId = employeeId, Status = EnrollmentStatus.Completed, EnrolledAt = s.StartsAt.AddDays(-14), Attended = true, Score = 70 + rng.Next(0, 30), CompletedOn = DateOnly.FromDateTime(s.EndsAt.UtcDateTime) });
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        await db.SaveChangesAsync(ct);

        // The small frontier session is full with a waitlist.
        var small = sessions.First(s => s.Capacity == 2);
        var waiting = chosen.Where(id => id != demoParticipant).Take(3).ToList();
        for (var w = 0; w < waiting.Count; w++)
            db.Enrollments.Add(new Enrollment { SessionId = small.Id, EmployeeId = waiting[w], Status = w < 2 ? EnrollmentStatus.Enrolled : EnrollmentStatus.Waitlisted, EnrolledAt = now.AddDays(-5 + w) });
        await db.SaveChangesAsync(ct);
        _ = pendingReviewsOverdue;
        _ = byId;
    }

    private static DateOnly FirstOfMonth(DateOnly d) => new(d.Year, d.Month, 1);
}
