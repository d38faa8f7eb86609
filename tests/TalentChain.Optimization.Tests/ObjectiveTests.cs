namespace TalentChain.Optimization.Tests;

public class ObjectiveTests
{
    [Fact]
    public void Objective_CountsDiffer_ComparesCountsBeforeScores()
    {
        Assert.True(new Objective(3, 0) > new Objective(2, 1000));
        Assert.True(new Objective(3, 10) > new Objective(3, 9));
    }

    [Fact]
    public void Gap_ComponentsDiffer_MeasuredOnFirstDifferingComponent()
    {
        Assert.Equal(0.25, Objective.Gap(new Objective(3, 500), new Objective(4, 100)));
        Assert.Equal(0.1, Objective.Gap(new Objective(4, 90), new Objective(4, 100)), 12);
        Assert.Equal(0, Objective.Gap(new Objective(4, 100), new Objective(4, 100)));
    }
}
