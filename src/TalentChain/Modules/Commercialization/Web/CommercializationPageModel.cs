using TalentChain.Platform.Web;

namespace TalentChain.Modules.Commercialization.Web;

/// <summary>The module's pages: the viewer as the handlers want it, and handler calls whose failures land on the page.</summary>
public abstract class CommercializationPageModel(CommercializationAccess access) : ModulePageModel
{
    public CommercializationViewer Viewer { get; private set; } = null!;

    protected async Task<CommercializationViewer> ViewerAsync(CancellationToken ct) => Viewer = await access.ViewerAsync(User, ct);

    /// <summary>Loads the page's data; false when the record is gone or not the viewer's to see (404, as the API).</summary>
    protected static async Task<bool> LoadAsync(Func<Task> load)
    {
        try
        {
            await load();
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
