using TalentChain.Platform.Web;

namespace TalentChain.Modules.Education.Web;

/// <summary>The module's pages: the viewer as the handlers want it, and handler calls whose failures land on the page.</summary>
public abstract class EducationPageModel(EducationAccess access) : ModulePageModel
{
    protected Task<EducationViewer> ViewerAsync(CancellationToken ct) => access.ViewerAsync(User, ct);

    /// <summary>Returns 404 when the record is gone or not the viewer's to see (as the API does).</summary>
    protected async Task<bool> LoadAsync(Func<Task> load)
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
