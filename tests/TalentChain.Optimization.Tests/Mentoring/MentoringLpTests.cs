using TalentChain.Optimization.Mentoring;

namespace TalentChain.Optimization.Tests.Mentoring;

public class MentoringLpTests
{
    [Fact]
    public void WriteLp_PairRuleBinds_HasLexicographicWeightAndBindingConstraints()
    {
        var (instance, _) = Golden.Load("pair-rule-binds");
        var text = new StringWriter();
        MentoringLp.Write(instance, text);
        var lp = text.ToString();
        // W = 1 + best technical score of P1 (10) + best career score of P1 (10).
        Assert.Equal(21, MentoringLp.SlotWeight(instance));
        Assert.Contains(" obj: 31 x0 + 31 x1 + 24 x2", lp, StringComparison.Ordinal);
        Assert.Contains(" slot1: 1 x1 + 1 x2 <= 1", lp, StringComparison.Ordinal);   // P1's career slot
        Assert.Contains(" pair2: 1 x0 + 1 x1 <= 1", lp, StringComparison.Ordinal);   // P1 and M1: one role only
        Assert.Contains("Binary\n x0 x1 x2\nEnd", lp.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void WriteLp_CandidatesExceedCapacity_HasCapacityRows()
    {
        var (instance, _) = Golden.Load("greedy-is-wrong");
        var text = new StringWriter();
        MentoringLp.Write(instance, text);
        // M1 has two technical candidates for one technical place (and one place in total).
        Assert.Contains(" role2: 1 x0 + 1 x2 <= 1", text.ToString(), StringComparison.Ordinal);
        Assert.Contains(" total3: 1 x0 + 1 x2 <= 1", text.ToString(), StringComparison.Ordinal);
    }
}
