using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Commercialization.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Demo;

namespace TalentChain.Modules.Commercialization.Demo;

/// <summary>
/// Knowledge-sharing sessions (成果转化经验分享会), dated from today: one three weeks ago on a submitted, non-controlled
/// disclosure (its inventor speaks; attendance marked; a PDF handout), one next week (the demo participant registered),
/// one in about five weeks; Chinese topics. Skipped when any session exists.
/// </summary>
internal sealed class SharingDemoData(TimeProvider clock) : IDemoDataContributor
{
    public int Order => 710;


    public async Task SeedAsync(DemoRun run, CancellationToken ct)
    {
        var db = run.Db;
        if (await db.SharingSessions.AnyAsync(ct)) return;
        var today = clock.Today();
        var now = clock.GetUtcNow();
        var participant = run.AccountEmployees.GetValueOrDefault(Roles.Participant);
        var linked = await db.Disclosures.AsNoTracking().Where(d => !d.Controlled && d.Status != DisclosureStatus.Draft).OrderByDescending(d => d.Number)
            .Select(d => new { d.Id, d.Number, d.Title, Inventor = d.Inventors.OrderByDescending(i => i.SharePercent).Select(i => (int?)i.EmployeeId).FirstOrDefault() })
            .FirstOrDefaultAsync(ct);
        var people = await db.EmployeeRefs.AsNoTracking().Where(e => e.Status == EmployeeStatus.Active).OrderBy(e => e.Id).Select(e => e.Id).Take(40).ToListAsync(ct);
        if (people.Count < 8) return;
        DateTimeOffset At(int days, int hour) => SiteTime.At(today.AddDays(days), new TimeOnly(hour, 0)).ToUniversalTime();

        var past = new SharingSession
        {
            Topic = "From disclosure to licence: what worked in our first patent licence", TopicZh = "从技术交底到专利许可：首个许可项目的经验",
            SpeakerEmployeeId = linked?.Inventor ?? people[0], StartsAt = At(-21, 14), EndsAt = At(-21, 16), Place = "研发中心 3 楼报告厅 / R&D Centre auditorium, 3F", CreatedBy = "demo",
        };
        if (linked is not null) past.Disclosures.Add(new SessionDisclosure { DisclosureId = linked.Id });
        foreach (var (id, i) in people.Skip(1).Take(6).Select((id, i) => (id, i)))
            past.Attendees.Add(new SessionAttendee { EmployeeId = id, RegisteredAt = At(-28, 9), Attended = i != 5 });
        var next = new SharingSession
        {
            Topic = "Writing a disclosure the patent attorney can use", TopicZh = "如何撰写高质量技术交底书",
            SpeakerEmployeeId = people[7], StartsAt = At(7, 15), EndsAt = At(7, 16).AddMinutes(30), Place = "行政楼 201 会议室 / Admin building, room 201", CreatedBy = "demo",
        };
        if (participant != 0) next.Attendees.Add(new SessionAttendee { EmployeeId = participant, RegisteredAt = now });
        next.Attendees.Add(new SessionAttendee { EmployeeId = people[2], RegisteredAt = now });
        var later = new SharingSession
        {
            Topic = "Trade secret or patent? Lessons from the separation plant", TopicZh = "商业秘密还是专利？分离厂的实践与教训",
            SpeakerEmployeeId = people[3], StartsAt = At(35, 9), EndsAt = At(35, 11), Place = "线上（腾讯会议）/ Online (Tencent Meeting)", CreatedBy = "demo",
        };
        db.SharingSessions.AddRange(past, next, later);
        await db.SaveChangesAsync(ct);

        var pdf = Pdf("Knowledge-sharing session handout " + today.AddDays(-21).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        db.CommercializationAttachments.Add(new CommercializationAttachment
        {
            Owner = AttachmentOwner.SharingSession, OwnerId = past.Id, Kind = AttachmentKind.Material, FileName = "licensing-lessons-handout.pdf",
            ContentType = "application/pdf", Content = pdf, Size = pdf.Length, UploadedBy = "demo", UploadedAt = now,
        });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A one-page PDF 1.4 with one line of text, with a correct cross-reference table.</summary>
    internal static byte[] Pdf(string line)
    {
        var text = line.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal);
        var stream = $"BT /F1 14 Tf 72 720 Td ({text}) Tj ET";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {Encoding.ASCII.GetByteCount(stream)} >>\nstream\n{stream}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ];
        var sb = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(Encoding.ASCII.GetByteCount(sb.ToString()));
            sb.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = Encoding.ASCII.GetByteCount(sb.ToString());
        sb.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) sb.Append(CultureInfo.InvariantCulture, $"{o:0000000000} 00000 n \n");
        sb.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }
}
