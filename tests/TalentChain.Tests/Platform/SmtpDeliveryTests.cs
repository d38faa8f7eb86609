using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using MimeKit;
using TalentChain.Platform.Notifications;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Platform;

/// <summary>
/// The outbox's message, sent over real SMTP (MailKit) to eng/smtp-sink.py on a free 127.0.0.1 port — the sink the
/// cluster tests use — and read back from the sink's file.
/// </summary>
public sealed class SmtpDeliveryTests : IAsyncLifetime
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "tc-smtp-" + Guid.NewGuid().ToString("N"));
    private readonly int _port = FreePort();
    private Process? _sink;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dir);
        var start = new ProcessStartInfo("python3") { UseShellExecute = false, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(Repository.Root, "eng", "smtp-sink.py"), "--port", _port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--dir", _dir })
            start.ArgumentList.Add(a);
        _sink = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        // Ready when it accepts a connection (bounded: 10 s).
        var until = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, _port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < until && !_sink.HasExited)
            {
                await Task.Delay(100);
            }
        }
    }

    public Task DisposeAsync()
    {
        if (_sink is { HasExited: false }) _sink.Kill();
        _sink?.Dispose();
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task SmtpSender_NotificationInChinese_ReachesTheSinkWithSubjectRecipientAndUtf8Body()
    {
        var options = new EmailOptions { SmtpHost = "127.0.0.1", SmtpPort = _port, SmtpEnableSsl = false, BaseUrl = "https://talent.example.test" };
        var notification = new Notification
        {
            Id = 4711, Recipient = "employee:1", Kind = "Notifications.Title", Culture = "zh-CN",
            Subject = "导师匹配已发布：稀土分离", Body = "您好，张伟！您的导师是李娜。", Link = "/people/1",
            EmailTo = "zhang.wei@example.test",
        };
        var sender = new SmtpEmailSender(Options.Create(options), new HostingEnvironment { ContentRootPath = _dir });

        using (var message = MailOutbox.Compose(notification, options))
            await sender.SendAsync(message, CancellationToken.None);

        var file = Assert.Single(Directory.GetFiles(_dir, "*.eml"));
        using var received = await MimeMessage.LoadAsync(file);
        Assert.Equal("导师匹配已发布：稀土分离", received.Subject);
        Assert.Equal("zhang.wei@example.test", Assert.Single(received.To.Mailboxes).Address);
        Assert.Equal("no-reply@talentchain.local", Assert.Single(received.From.Mailboxes).Address);
        Assert.Equal("zhang.wei@example.test", received.Headers["X-Sink-Rcpt-To"]);
        Assert.Equal("4711", received.Headers["X-TalentChain-Notification"]);
        Assert.NotNull(received.Body);
        Assert.Equal("zh-CN", received.Body.Headers["Content-Language"]);
        Assert.NotNull(received.TextBody);
        Assert.Equal("您好，张伟！您的导师是李娜。\n\nhttps://talent.example.test/people/1", received.TextBody.ReplaceLineEndings("\n").TrimEnd());
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
