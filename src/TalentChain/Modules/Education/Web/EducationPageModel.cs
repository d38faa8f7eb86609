using TalentChain.Platform.Web;

namespace TalentChain.Modules.Education.Web;

/// <summary>The module's pages: the viewer as the handlers want it, and handler calls whose failures land on the page.</summary>
public abstract class EducationPageModel(EducationAccess access) : ModulePageModel
{
    protected Task<EducationViewer> ViewerAsync(CancellationToken ct) => access.ViewerAsync(User, ct);
}
