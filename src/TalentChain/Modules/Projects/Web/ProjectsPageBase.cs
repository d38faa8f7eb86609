using Microsoft.AspNetCore.Authorization;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Projects.Web;

/// <summary>The module's pages: signed-in users (narrowed per record by the handlers), with the shared message and form-error behaviour.</summary>
[Authorize(Policy = ProjectsPolicies.Use)]
public abstract class ProjectsPageBase : ModulePageModel
{
    public bool IsManager => ProgramPolicies.IsManager(User);
}
