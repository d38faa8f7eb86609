using TalentChain.Modules.Exports.Features.Licences.IssueLicence;
using TalentChain.Modules.Exports.Features.Licences.LicenceDetail;
using TalentChain.Modules.Exports.Features.Licences.ListLicences;
using TalentChain.Modules.Exports.Features.Licences.ListShipments;
using TalentChain.Modules.Exports.Features.Licences.ReserveShipment;
using TalentChain.Modules.Exports.Features.Licences.RevokeLicence;
using TalentChain.Modules.Exports.Features.Licences.ShipOrCancelShipment;

namespace TalentChain.Modules.Exports.Features.Licences;

/// <summary>The <c>/api/v1/exports</c> licence and shipment endpoints; each use case maps its own (in its folder).</summary>
public static class LicenceEndpoints
{
    public static IEndpointRouteBuilder MapLicenceEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/exports").WithTags("Export licensing").RequireAuthorization(ExportsPolicies.Manage)
            .MapListLicences()
            .MapLicenceDetail()
            .MapIssueLicence()
            .MapRevokeLicence()
            .MapListShipments()
            .MapReserveShipment()
            .MapShipOrCancelShipment();
        return app;
    }
}
