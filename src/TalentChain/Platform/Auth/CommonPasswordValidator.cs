using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using TalentChain.Platform.Demo;

namespace TalentChain.Platform.Auth;

/// <summary>
/// Refuses passwords that pass the complexity rules but are guessed first: the published demo password, common
/// passwords and their decorated forms ("P@ssw0rd2026!", "Welcome1#"), the product's and the user's own name.
/// A password is reduced to its core (outer digits and symbols trimmed, look-alike characters mapped back to letters)
/// and the core is compared with a list of common words, as banned-password lists in identity products do.
/// </summary>
internal sealed class CommonPasswordValidator(IStringLocalizer<SharedResource> t) : IPasswordValidator<AppUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (string.IsNullOrEmpty(password)) return Task.FromResult(IdentityResult.Success);
        if (string.Equals(password, DemoSeeder.DemoPassword, StringComparison.OrdinalIgnoreCase))
            return Fail("PasswordIsDemo");
        var core = Core(password);
        if (core.Length < 4 || CommonPasswords.Words.Contains(core) || OwnNames(user).Any(n => n.Length >= 4 && core.Contains(n, StringComparison.Ordinal)))
            return Fail("PasswordTooCommon");
        return Task.FromResult(IdentityResult.Success);
    }

    private Task<IdentityResult> Fail(string code) =>
        Task.FromResult(IdentityResult.Failed(new IdentityError { Code = code, Description = t[$"Identity.{code}"] }));

    /// <summary>The user's e-mail local part and name, reduced like a password (a password built on them is guessed early).</summary>
    private static IEnumerable<string> OwnNames(AppUser user)
    {
        if (user.Email is { } email) yield return Core(email.Split('@')[0]);
        if (user.DisplayName is { Length: > 0 } name)
            foreach (var part in name.Split(' ', StringSplitOptions.RemoveEmptyEntries)) yield return Core(part);
    }

    /// <summary>"P@ssw0rd2026!" → "password": outer non-letters trimmed, look-alikes mapped, the rest's letters kept.</summary>
    internal static string Core(string password)
    {
        var s = password.Trim();
        int start = 0, end = s.Length;
        while (start < end && !char.IsLetter(s[start]) && !IsLookAlike(s[start], first: true)) start++;
        while (end > start && !char.IsLetter(s[end - 1])) end--;
        var sb = new StringBuilder(end - start);
        foreach (var c in s.AsSpan(start, end - start))
        {
            var mapped = char.ToLowerInvariant(c) switch
            {
                '@' or '4' => 'a',
                '$' or '5' => 's',
                '0' => 'o',
                '1' or '!' or '|' => 'i',
                '3' => 'e',
                '7' => 't',
                var x => x,
            };
            if (char.IsLetter(mapped)) sb.Append(mapped);
        }
        return sb.ToString();
    }

    // "@dmin2026" starts with a look-alike letter: keep it.
    private static bool IsLookAlike(char c, bool first) => first && c is '@' or '$';
}

/// <summary>Common password words (English and the pinyin ones common in China), reduced to their core.</summary>
internal static class CommonPasswords
{
    public static readonly HashSet<string> Words = new(
        """
        password passwort passe motdepasse contrasena secret letmein welcome welcomehome hello helloworld
        admin administrator adminadmin root toor superuser super user guest test tester testing default changeme changeit
        login logon master masterkey access private system manager service support
        qwerty qwertz azerty qwertyuiop qwertyui asdf asdfgh asdfghjkl zxcvbn zxcvbnm qazwsx qweasd qweasdzxc iqazxsw
        abc abcd abcde abcdef abcdefg abcdefgh abcabc aaaaaa aaaa iloveyou iloveu loveyou lovely love lover
        monkey dragon football baseball basketball soccer hockey tennis golf
        sunshine princess shadow superman batman spiderman starwars pokemon matrix trustno trustnoi
        michael jennifer jordan thomas robert daniel charlie george hunter ranger killer
        freedom whatever nothing computer internet google yahoo microsoft windows apple samsung huawei xiaomi
        summer winter spring autumn fall january february march april may june july august september october november december
        monday tuesday wednesday thursday friday saturday sunday
        company office work business finance account accounts money
        china beijing shanghai shenzhen guangzhou baotou huhehaote neimenggu mongolia innermongolia
        woaini woainima woaiwojia aini wohenaini ailing laopo laogong baobei qinai xingfu kuaile zhongguo
        zhang wang li liu chen yang zhao huang zhou wu
        talentchain talent chain rareearth rareearths xitu beifangxitu northernrareearth chinarareearth
        magnet magnets neodymium ndfeb samarium cobalt
        passw pass pword passwd pwd secretpassword mypassword newpassword oldpassword
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);
}
