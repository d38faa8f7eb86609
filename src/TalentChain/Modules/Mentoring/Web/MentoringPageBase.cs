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
}
