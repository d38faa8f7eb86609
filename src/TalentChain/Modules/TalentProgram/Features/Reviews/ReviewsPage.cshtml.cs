using Microsoft.AspNetCore.Mvc;
using TalentChain.Modules.TalentProgram.Web;

using TalentChain.Modules.TalentProgram.Domain;

using TalentChain.Modules.TalentProgram.Contracts;
namespace TalentChain.Modules.TalentProgram.Features.Reviews;

/// <summary>/program/reviews: overdue reviews (flagged) and those coming up, for the participants the caller may see.</summary>
public class ReviewsPageModel(ReviewHandlers reviews, ProgramAccess access) : ProgramPageModel
{
    [FromQuery] public bool Overdue { get; set; }
    public List<ReviewListRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Rows = await reviews.DueAsync(await access.VisibleParticipantsAsync(User, ct), Overdue, 60, ct);
}
