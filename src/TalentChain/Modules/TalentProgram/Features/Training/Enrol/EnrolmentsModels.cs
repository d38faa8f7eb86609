namespace TalentChain.Modules.TalentProgram.Features.Training.Enrol;

// Enrolment's input and result (the JSON API's shapes).

/// <summary>Enroll. When the session is full: with JoinWaitlist (default) you go on its waitlist, otherwise the enrollment is refused.</summary>
public sealed record EnrollInput(int? EmployeeId, bool JoinWaitlist = true);

public sealed record EnrollResult(EnrollmentView Enrollment, string Message);
