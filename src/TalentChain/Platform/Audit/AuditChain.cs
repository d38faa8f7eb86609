using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TalentChain.Platform.Audit;

public static class AuditChain
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>PostgreSQL keeps microseconds; hash what the database will give back.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset t) => new(t.UtcTicks - t.UtcTicks % 10, TimeSpan.Zero);

    public static string ComputeHash(AuditEntry e)
    {
        var text = string.Join('\u001f',
            e.PreviousHash,
            e.At.UtcTicks.ToString(CultureInfo.InvariantCulture),
            e.UserName,
            ((int)e.Action).ToString(CultureInfo.InvariantCulture),
            e.Entity,
            e.EntityKey,
            e.Changes);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
