using Microsoft.AspNetCore.Authorization;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Web;


using TalentChain.Modules.People.Contracts;

namespace TalentChain.Modules.Mentoring.Web;

/// <summary>The module's pages: signed-in users (narrowed per record, as the program's pages are), with the shared message and form-error behaviour.</summary>
[Authorize(Policy = ProgramPolicies.Use)]
public abstract class MentoringPageBase : ModulePageModel
{
    public bool IsManager => ProgramPolicies.IsManager(User);

    /// <summary>
    /// Runs a handler call like <see cref="ModulePageModel.TryAsync"/>, except that the handler's record-level refusal
    /// (<see cref="AccessDeniedException"/>) is not put on the form: null then, and the page answers <c>Forbid()</c>
    /// (the denied page), as it did when it checked before calling. True when the call succeeded; false when it failed
    /// on the form.
    /// </summary>
    protected async Task<bool?> TryOrRefuseAsync(Func<Task> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var refused = false;
        var succeeded = await TryAsync(async () =>
        {
            try
            {
                await call();
            }
            catch (AccessDeniedException)
            {
                refused = true;
            }
        });
        return refused ? null : succeeded;
    }
}
