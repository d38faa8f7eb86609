using Microsoft.AspNetCore.Authorization;
using TalentChain.Platform.Web;

using TalentChain.Modules.TalentProgram.Contracts;

using TalentChain.Modules.TalentProgram.Domain;

namespace TalentChain.Modules.TalentProgram.Web;

/// <summary>The module's pages: signed-in users (narrowed per record), with the shared message and form-error behaviour.</summary>
[Authorize(Policy = ProgramPolicies.Use)]
public abstract class ProgramPageModel : ModulePageModel
{
    public bool IsManager => ProgramPolicies.IsManager(User);
}
