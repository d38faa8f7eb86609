using Microsoft.EntityFrameworkCore;
using TalentChain.Platform.Notifications;

namespace TalentChain.Platform.Data;

public partial class TalentChainDbContext
{
    public DbSet<Notification> Notifications => Set<Notification>();
}
