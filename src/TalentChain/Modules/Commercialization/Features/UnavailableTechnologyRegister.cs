using Microsoft.Extensions.Localization;
using TalentChain.Modules.Knowledge.Contracts;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Commercialization.Features;

/// <summary>Stands in for Knowledge's register where Knowledge has none yet: nothing is covered and trade secrets are refused.</summary>
internal sealed class UnavailableTechnologyRegister(IStringLocalizer<CommercializationResource> t) : ICriticalTechnologyRegister
{
    public Task<IReadOnlyList<RegisteredTechnology>> CoveringAsync(IReadOnlyCollection<int> taxonomyNodeIds, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<RegisteredTechnology>>([]);

    public Task<TradeSecretRegistration> RegisterTradeSecretAsync(TradeSecretInput input, CancellationToken ct = default) =>
        throw ValidationFailedException.For(t["Evaluation.Invalid"], "Decision", t["Evaluation.RegisterUnavailable"]);
}
