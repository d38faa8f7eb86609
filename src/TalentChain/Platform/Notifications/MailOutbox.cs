using System.Net.Sockets;
using System.Text;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Text;
using TalentChain.Platform.Data;
using TalentChain.Platform.Jobs;

namespace TalentChain.Platform.Notifications;

public sealed class EmailOptions
{
    public const string Section = "Email";
    public string From { get; set; } = "TalentChain <no-reply@talentchain.local>";
    /// <summary>Where the development sink writes .eml files when no SMTP host is set (relative to the content root).</summary>
    public string PickupDirectory { get; set; } = "data/mail";
    /// <summary>Absolute base for links in e-mails.</summary>
    public string BaseUrl { get; set; } = "http://127.0.0.1:5080";
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;
    public bool SmtpEnableSsl { get; set; } = true;
    public string? SmtpUserName { get; set; }
    public string? SmtpPassword { get; set; }
    /// <summary>Attempts before a message is given up (the error stays on the row).</summary>
    public int MaxAttempts { get; set; } = 5;
}

public interface IEmailSender
{
    Task SendAsync(MimeMessage message, CancellationToken ct);
}

/// <summary>SMTP (MailKit) when <c>Email:SmtpHost</c> is set, else the pickup directory (one .eml file per message).</summary>
internal sealed class SmtpEmailSender(IOptions<EmailOptions> options, IHostEnvironment env) : IEmailSender
{
    public string PickupDirectory => Path.GetFullPath(Path.Combine(env.ContentRootPath, options.Value.PickupDirectory));

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        var o = options.Value;
        if (string.IsNullOrWhiteSpace(o.SmtpHost))
        {
            Directory.CreateDirectory(PickupDirectory);
            // Written under a temporary name and renamed, so a reader never sees half a message.
            var file = Path.Combine(PickupDirectory, Guid.NewGuid().ToString("N") + ".eml");
            // CRLF line ends as on the wire (and as System.Net.Mail wrote them).
            var format = FormatOptions.Default.Clone();
            format.NewLineFormat = NewLineFormat.Dos;
            await message.WriteToAsync(format, file + ".tmp", ct);
            File.Move(file + ".tmp", file);
            return;
        }
        using var client = new SmtpClient();
        // As System.Net.Mail's EnableSsl did: STARTTLS on the submission port, or plain SMTP when it is off.
        await client.ConnectAsync(o.SmtpHost, o.SmtpPort, o.SmtpEnableSsl ? SecureSocketOptions.StartTls : SecureSocketOptions.None, ct);
        if (!string.IsNullOrEmpty(o.SmtpUserName)) await client.AuthenticateAsync(o.SmtpUserName, o.SmtpPassword ?? "", ct);
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}

/// <summary>
/// Sends the e-mails of committed notifications. Each row is claimed with a conditional UPDATE first, so two nodes
/// running the outbox at once never send the same message twice; a failed send is retried up to MaxAttempts.
/// </summary>
public sealed partial class MailOutbox(TalentChainDbContext db, IEmailSender sender, IOptions<EmailOptions> options, TimeProvider clock, ILogger<MailOutbox> log) : IPeriodicTask
{
    public string Name => "mail.outbox";
    public TimeSpan Interval => TimeSpan.FromSeconds(10);

    public Task RunAsync(CancellationToken ct) => DispatchAsync(ct);

    /// <summary>Sends what is pending; returns the number of messages sent.</summary>
    public async Task<int> DispatchAsync(CancellationToken ct = default)
    {
        var o = options.Value;
        var now = clock.GetUtcNow();
        var staleClaim = now.AddMinutes(-10);
        var pending = await db.Set<Notification>().AsNoTracking()
            .Where(n => n.EmailTo != null && n.EmailSentAt == null && n.EmailAttempts < o.MaxAttempts && (n.EmailClaim == null || n.EmailClaimedAt < staleClaim))
            .OrderBy(n => n.Id).Take(200).ToListAsync(ct);
        var sent = 0;
        foreach (var n in pending)
        {
            var claim = Guid.NewGuid().ToString("N");
            var won = await db.Set<Notification>()
                .Where(x => x.Id == n.Id && x.EmailSentAt == null && (x.EmailClaim == null || x.EmailClaimedAt < staleClaim))
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.EmailClaim, claim).SetProperty(x => x.EmailClaimedAt, now), ct);
            if (won == 0) continue;
            try
            {
                using var message = Compose(n, o);
                await sender.SendAsync(message, ct);
                await db.Set<Notification>().Where(x => x.Id == n.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.EmailSentAt, clock.GetUtcNow()).SetProperty(x => x.EmailAttempts, n.EmailAttempts + 1).SetProperty(x => x.EmailError, (string?)null), ct);
                sent++;
            }
            // Refused commands, protocol and TLS/authentication failures, an unreachable server, a bad address.
            catch (Exception ex) when (ex is CommandException or ProtocolException or AuthenticationException or SslHandshakeException
                or SocketException or IOException or InvalidOperationException or FormatException)
            {
                LogSendFailed(log, ex, n.Id);
                var error = ex.Message.Length > 1000 ? ex.Message[..1000] : ex.Message;
                await db.Set<Notification>().Where(x => x.Id == n.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.EmailClaim, (string?)null).SetProperty(x => x.EmailAttempts, n.EmailAttempts + 1).SetProperty(x => x.EmailError, error), ct);
            }
        }
        return sent;
    }

    internal static MimeMessage Compose(Notification n, EmailOptions o)
    {
        var body = new StringBuilder(n.Body);
        if (!string.IsNullOrEmpty(n.Link))
            body.Append("\r\n\r\n").Append(o.BaseUrl.TrimEnd('/')).Append(n.Link);
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(Encoding.UTF8, ExtractName(o.From), ExtractAddress(o.From)));
        message.To.Add(MailboxAddress.Parse(n.EmailTo!));
        message.Subject = n.Subject;
        var text = new TextPart(TextFormat.Plain);
        text.SetText(Encoding.UTF8, body.ToString());
        // 8-bit UTF-8 text: the .eml files of the development sink stay readable (and links unbroken).
        text.ContentTransferEncoding = ContentEncoding.EightBit;
        // A Content-* header belongs to the body part in MimeKit (it is still written among the message's headers).
        text.Headers.Add(HeaderId.ContentLanguage, n.Culture);
        message.Body = text;
        message.Headers.Add("X-TalentChain-Notification", n.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return message;
    }

    private static string ExtractAddress(string from) =>
        from.IndexOf('<', StringComparison.Ordinal) is var i and >= 0 ? from[(i + 1)..from.IndexOf('>', i)].Trim() : from.Trim();

    private static string? ExtractName(string from) =>
        from.IndexOf('<', StringComparison.Ordinal) is var i and > 0 ? from[..i].Trim().Trim('"') : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mail for notification {Id} could not be sent; it is retried")]
    private static partial void LogSendFailed(ILogger logger, Exception ex, long id);
}
