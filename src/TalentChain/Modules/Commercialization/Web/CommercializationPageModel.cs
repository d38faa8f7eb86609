using TalentChain.Platform.Web;

namespace TalentChain.Modules.Commercialization.Web;

/// <summary>The module's pages: the viewer as the handlers want it, and handler calls whose failures land on the page.</summary>
public abstract class CommercializationPageModel(CommercializationAccess access) : ModulePageModel
{
    public CommercializationViewer Viewer { get; private set; } = null!;

    protected async Task<CommercializationViewer> ViewerAsync(CancellationToken ct) => Viewer = await access.ViewerAsync(User, ct);
}
