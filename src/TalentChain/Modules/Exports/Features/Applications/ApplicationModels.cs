namespace TalentChain.Modules.Exports.Features.Applications;

public sealed record ApplicationRow(int Id, string Number, string Kind, string Status, string StatusName, string EndUser, string EndUserCountry,
    string Consignee, string ConsigneeCountry, bool ViaThirdCountry, string[] TransitCountries, string EndUseCategory, decimal TotalValue, string Currency,
    DateOnly? SubmittedOn, DateOnly? AcceptedOn, DateOnly? Deadline, int? Elapsed, int? Remaining, bool ClockStopped, bool Overdue, DateOnly? DecidedOn);
public sealed record LineView(int Id, int MaterialId, string MaterialCode, string Material, string ControlCode, decimal Quantity, string Unit, decimal Value, string Currency);
public sealed record LegView(int Sequence, string From, string To, string? Mode);
public sealed record DocumentView(int Id, string Kind, string KindName, string FileName, string ContentType, long Size, DateTimeOffset UploadedAt, string UploadedBy);
public sealed record EventView(DateTimeOffset At, DateOnly OnDate, string From, string To, string ToName, string Actor, string? Note);
public sealed record SupplementView(int Id, DateOnly RequestedOn, DateOnly DueOn, DateOnly? ProvidedOn, string Policy, string PolicyName, string Request, bool Overdue);
public sealed record ChecklistItem(string Item, string Name, bool Done);
public sealed record ApplicationView(
    ApplicationRow Summary, int ApplicantPartyId, string Applicant, string ContractNumber, int ConsigneePartyId, int EndUserPartyId, string EndUse,
    int? AmendsLicenceId, List<LineView> Lines, List<LegView> Route, List<DocumentView> Documents, List<ChecklistItem> Checklist,
    List<EventView> Events, List<SupplementView> Supplements, string[] AllowedTransitions, int WorkingDaysAllowed, string? ClockNote, long Version);
