using TalentChain.Platform.Web;

namespace TalentChain.Modules.Labs.Web;

/// <summary>The module's pages: the viewer as the handlers want it, and handler calls whose failures land on the page.</summary>
public abstract class LabsPageModel(LabsAccess access) : ModulePageModel
{
    public LabsViewer Viewer { get; private set; } = null!;

    protected async Task<LabsViewer> ViewerAsync(CancellationToken ct) => Viewer = await access.ViewerAsync(User, ct);
}
