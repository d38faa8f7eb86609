using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Modules.Commercialization.Features.GoToMarket;
using TalentChain.Modules.Commercialization.Features.Revenue;
using TalentChain.Platform.Spreadsheets;

namespace TalentChain.Modules.Commercialization.Features.Rewards;

/// <summary>Go-to-market, revenue and rewards under /api/v1/commercialization; every route calls the same handler as its page.</summary>
public static class DealsEndpoints
{
    public const string Prefix = "/api/v1/commercialization";

    public static IEndpointRouteBuilder MapDealsEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Prefix).WithTags("Commercialization: go-to-market projects, deals, conversion revenue, rewards");

        // Projects
        api.MapGet("/projects", async Task<Ok<List<ProjectRow>>> (ClaimsPrincipal user, CommercializationAccess access, ConversionProjects h, CancellationToken ct) =>
                TypedResults.Ok(await h.ListAsync(await access.ViewerAsync(user, ct), ct)))
            .RequireAuthorization(CommercializationPolicies.Use).WithName("ListConversionProjects")
            .WithSummary("Commercialization projects the caller may see (the office: all; business owners, milestone owners, the inventors of linked disclosures, finance; controlled results need-to-know).");
        api.MapGet("/projects/{id:int}", async Task<Ok<ProjectView>> (int id, ClaimsPrincipal user, CommercializationAccess access, ConversionProjects h, CancellationToken ct) =>
                TypedResults.Ok(await h.GetAsync(await access.ViewerAsync(user, ct), id, ct)))
            .RequireAuthorization(CommercializationPolicies.Use).WithName("GetConversionProject")
            .WithSummary("One project with its disclosures, milestones (overdue flagged) and deals. 404 when the caller may not see it.").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/projects", async Task<Created<ProjectView>> (ProjectInput input, ClaimsPrincipal user, CommercializationAccess access, ConversionProjects h, CancellationToken ct) =>
            {
                var v = await h.SaveAsync(await access.ViewerAsync(user, ct), null, input, ct);
                return TypedResults.Created($"{Prefix}/projects/{v.Id}", v);
            })
            .RequireAuthorization(CommercializationPolicies.Office).WithName("CreateConversionProject")
            .WithSummary("The office creates a project: name, nameZh, description, route (OwnImplementation|Licence|Transfer|Equity), businessOwnerId, counterpartyName, countryCode, disclosureIds.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapPut("/projects/{id:int}", async Task<Ok<ProjectView>> (int id, ProjectInput input, ClaimsPrincipal user, CommercializationAccess access, ConversionProjects h, CancellationToken ct) =>
                TypedResults.Ok(await h.SaveAsync(await access.ViewerAsync(user, ct), id, input, ct)))
            .RequireAuthorization(CommercializationPolicies.Office).WithName("UpdateConversionProject").WithSummary("The office replaces a project's data and status.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/projects/{id:int}/milestones", async Task<Ok<ProjectView>> (int id, MilestoneInput input, ClaimsPrincipal user, CommercializationAccess access, ConversionProjects h, CancellationToken ct) =>
                TypedResults.Ok(await h.AddMilestoneAsync(await access.ViewerAsync(user, ct), id, input, ct)))
            .RequireAuthorization(CommercializationPolicies.Use).WithName("AddProjectMilestone")
            .WithSummary("The office or the business owner adds a milestone: name, dueOn, ownerId (default the business owner).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/milestones/{id:int}/done", async Task<Ok<ProjectView>> (int id, MilestoneDoneInput input, ClaimsPrincipal user, CommercializationAccess access, ConversionProjects h, CancellationToken ct) =>
                TypedResults.Ok(await h.SetMilestoneDoneAsync(await access.ViewerAsync(user, ct), id, input, ct)))
            .RequireAuthorization(CommercializationPolicies.Use).WithName("SetMilestoneDone")
            .WithSummary("The office, the business owner or the milestone's owner records it done (doneOn; empty: not done).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        // Deals and the technology-export check
        api.MapPost("/deals", async Task<Created<DealView>> (DealInput input, ClaimsPrincipal user, CommercializationAccess access, DealHandlers h, CancellationToken ct) =>
            {
                var v = await h.CreateAsync(await access.ViewerAsync(user, ct), input, ct);
                return TypedResults.Created($"{Prefix}/deals/{v.Id}", v);
            })
            .RequireAuthorization(CommercializationPolicies.Office).WithName("CreateDeal")
            .WithSummary("The office records a deal under a project: projectId, kind, counterpartyName, countryCode (ISO alpha-2), contractNumber, termEndsOn, agreedPercent (约定比例, optional).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/deals/{id:int}", async Task<Ok<DealView>> (int id, ClaimsPrincipal user, CommercializationAccess access, DealHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.GetAsync(await access.ViewerAsync(user, ct), id, ct)))
            .RequireAuthorization(CommercializationPolicies.Use).WithName("GetDeal")
            .WithSummary("One deal with its export check; for finance and the office also revenue, net income per year, funds and rewards. 404 when the caller may not see the project.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/deals/{id:int}/export-check", async Task<Ok<DealView>> (int id, ClaimsPrincipal user, CommercializationAccess access, DealHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.RequestExportCheckAsync(await access.ViewerAsync(user, ct), id, ct)))
            .RequireAuthorization(CommercializationPolicies.Office).WithName("RequestDealExportCheck")
            .WithSummary("Ask Exports for the technology-export check (技术出口审查) of a licence or transfer to a foreign party; the open check is returned if there is one.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/deals/{id:int}/sign", async Task<Ok<DealView>> (int id, SignInput input, ClaimsPrincipal user, CommercializationAccess access, DealHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.SignAsync(await access.ViewerAsync(user, ct), id, input, ct)))
            .RequireAuthorization(CommercializationPolicies.Office).WithName("SignDeal")
            .WithSummary("Mark the deal signed (signedOn, default today). A foreign licence or transfer is refused (naming the check and its status) until its export check is Cleared; nothing written.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        // Revenue
        api.MapPost("/deals/{id:int}/revenue", async Task<Created<RevenueRow>> (int id, RevenueInput input, ClaimsPrincipal user, CommercializationAccess access, RevenueHandlers h, CancellationToken ct) =>
            {
                var r = await h.RecordAsync(await access.ViewerAsync(user, ct), id, input, ct);
                return TypedResults.Created($"{Prefix}/deals/{id}", r);
            })
            .RequireAuthorization(CommercializationPolicies.Finance).WithName("RecordConversionRevenue")
            .WithSummary("Finance or the office records income on a signed deal: receivedOn, kind (LicenceFee|TransferPrice|Equity|OperatingProfit), amountCny (> 0), equityShares/equityPercent (equity), patentCostCny, legalCostCny, evaluationCostCny, taxCny, note.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/revenue", async Task<Ok<List<RevenueRow>>> (int? year, ClaimsPrincipal user, CommercializationAccess access, RevenueHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.ListAsync(await access.ViewerAsync(user, ct), year, ct)))
            .RequireAuthorization(CommercializationPolicies.Finance).WithName("ListConversionRevenue").WithSummary("All revenue entries (?year=), costs and net income; a controlled result shows as 受控成果 to finance.");
        api.MapGet("/revenue/export", async (string? format, int? year, ClaimsPrincipal user, CommercializationAccess access, DealsExports x, CancellationToken ct) =>
                await x.RevenueAsync(await access.ViewerAsync(user, ct), format, year, ct))
            .RequireAuthorization(CommercializationPolicies.Finance).WithName("ExportConversionRevenue").WithSummary("The revenue list as ?format=csv (default) or xlsx.")
            .Produces(StatusCodes.Status200OK, contentType: SpreadsheetDownload.CsvType).ProducesValidationProblem();

        // Policy, funds, rewards, payouts
        api.MapGet("/reward-policies", async Task<Ok<List<PolicyView>>> (RewardPolicies h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(ct)))
            .RequireAuthorization(CommercializationPolicies.Use).WithName("ListRewardPolicies")
            .WithSummary("The reward policy in force per kind of deal: the company's newest version or the statutory default (Art. 45: 50 % licence/transfer/equity, 5 % of profit for 3–5 years).");
        api.MapPost("/reward-policies", async Task<Ok<PolicyView>> (PolicyInput input, ClaimsPrincipal user, CommercializationAccess access, RewardPolicies h, CancellationToken ct) =>
                TypedResults.Ok(await h.SetAsync(await access.ViewerAsync(user, ct), input, ct)))
            .RequireAuthorization(CommercializationPolicies.Office).WithName("SetRewardPolicy")
            .WithSummary("A new policy version for a kind: percent (never below the statutory minimum, refused naming it), years (own implementation, 3–5), effectiveFrom, note.")
            .ProducesValidationProblem();
        api.MapGet("/deals/{id:int}/fund", async Task<Ok<FundView>> (int id, int? year, ClaimsPrincipal user, CommercializationAccess access, RewardHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.FundAsync(await access.ViewerAsync(user, ct), id, year, ct)))
            .RequireAuthorization(CommercializationPolicies.Finance).WithName("GetRewardFund")
            .WithSummary("The deal's reward fund (?year= for own implementation): percent and its source, net income, pool, committed, available.").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/rewards", async Task<Created<RewardView>> (RewardInput input, ClaimsPrincipal user, CommercializationAccess access, RewardHandlers h, CancellationToken ct) =>
            {
                var v = await h.ProposeAsync(await access.ViewerAsync(user, ct), input, ct);
                return TypedResults.Created($"{Prefix}/rewards/{v.Id}", v);
            })
            .RequireAuthorization(CommercializationPolicies.Office).WithName("ProposeReward")
            .WithSummary("The office proposes a reward: dealId, year (own implementation), amountCny (≤ available, refused with both numbers), shares (equity). Split by contribution shares to the cent (largest remainder).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/rewards/{id:int}", async Task<Ok<RewardView>> (int id, ClaimsPrincipal user, CommercializationAccess access, RewardHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.GetAsync(await access.ViewerAsync(user, ct), id, ct)))
            .RequireAuthorization(CommercializationPolicies.Use).WithName("GetReward")
            .WithSummary("One reward: finance and the office see every payout, an inventor their own. 404 otherwise.").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/rewards/{id:int}/approve", async Task<Ok<RewardView>> (int id, ApproveRewardInput input, ClaimsPrincipal user, CommercializationAccess access, RewardHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.ApproveAsync(await access.ViewerAsync(user, ct), id, input, ct)))
            .RequireAuthorization(CommercializationPolicies.Office).WithName("ApproveReward")
            .WithSummary("Another office member or an administrator approves (never the proposer: 403); the inventors are told.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/payouts/{id:int}/paid", async Task<Ok<RewardView>> (int id, PayInput input, ClaimsPrincipal user, CommercializationAccess access, RewardHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.PayAsync(await access.ViewerAsync(user, ct), id, input, ct)))
            .RequireAuthorization(CommercializationPolicies.Finance).WithName("RecordPayoutPaid")
            .WithSummary("Finance records an approved payout paid: paidOn, paymentReference; the inventor is told. The reward is Paid once every payout is.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/payouts", async Task<Ok<List<PayoutRow>>> (int? year, ClaimsPrincipal user, CommercializationAccess access, RewardHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.PayoutsAsync(await access.ViewerAsync(user, ct), year, ct)))
            .RequireAuthorization(CommercializationPolicies.Use).WithName("ListRewardPayouts")
            .WithSummary("Payouts: finance and the office all of them (a controlled result as 受控成果), anyone else their own.");
        api.MapGet("/payouts/export", async (string? format, int? year, ClaimsPrincipal user, CommercializationAccess access, DealsExports x, CancellationToken ct) =>
                await x.PayoutsAsync(await access.ViewerAsync(user, ct), format, year, ct))
            .RequireAuthorization(CommercializationPolicies.Finance).WithName("ExportRewardPayouts").WithSummary("The payouts list as ?format=csv (default) or xlsx.")
            .Produces(StatusCodes.Status200OK, contentType: SpreadsheetDownload.CsvType).ProducesValidationProblem();
        api.MapGet("/rewards/summary", async Task<Ok<List<RewardSummaryRow>>> (RewardHandlers h, CancellationToken ct) => TypedResults.Ok(await h.SummaryAsync(ct)))
            .RequireAuthorization(CommercializationPolicies.Summary).WithName("RewardsSummary")
            .WithSummary("Rewards paid per year and chain segment, groups of at least five people only; no names.");
        return app;
    }
}
