using Microsoft.AspNetCore.Authorization;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Rotations.Web;

/// <summary>The module's pages: signed-in users (narrowed per record, as the program's pages are), with the shared message and form-error behaviour.</summary>
[Authorize(Policy = ProgramPolicies.Use)]
public abstract class RotationsPageBase : ModulePageModel
{
    public bool IsManager => ProgramPolicies.IsManager(User);
}
