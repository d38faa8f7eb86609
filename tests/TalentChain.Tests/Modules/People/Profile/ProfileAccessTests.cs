using TalentChain.Modules.People.Features.Profile;

namespace TalentChain.Tests.Modules.People.Profile;

public class ProfileAccessTests
{
    private static readonly int[] Chain = [20, 30, 40]; // manager, manager's manager, top

    [Fact]
    public void MaySeeRestricted_HrRole_SeesAnyone() =>
        Assert.True(ProfileAccess.MaySeeRestricted(peopleOfficer: true, viewerEmployeeId: null, targetEmployeeId: 10, Chain));

    [Fact]
    public void MaySeeRestricted_ThePersonThemself_SeesOwnRecord() =>
        Assert.True(ProfileAccess.MaySeeRestricted(false, 10, 10, Chain));

    [Theory]
    [InlineData(20)]
    [InlineData(30)]
    [InlineData(40)]
    public void MaySeeRestricted_AnyoneUpTheManagementChain_Sees(int viewer) =>
        Assert.True(ProfileAccess.MaySeeRestricted(false, viewer, 10, Chain));

    [Fact]
    public void MaySeeRestricted_ColleagueOrDirectReport_DoesNotSee()
    {
        Assert.False(ProfileAccess.MaySeeRestricted(false, 11, 10, Chain)); // a peer
        Assert.False(ProfileAccess.MaySeeRestricted(false, 5, 10, Chain));  // someone who reports to the person
    }

    [Fact]
    public void MaySeeRestricted_AccountWithoutEmployee_DoesNotSee() =>
        Assert.False(ProfileAccess.MaySeeRestricted(false, null, 10, Chain));
}
