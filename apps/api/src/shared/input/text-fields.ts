import type { TextKind } from './clean-text';

// Input fields named "<InputType>.<field>" as in apps/api/schema.graphql. Every other String or ID
// argument is one line of text. A test fails when an entry no longer exists in the schema, and
// when a new field that looks like a name or a free text is in none of these lists.

/** A person's name: must contain a letter, no emoji or symbols. */
export const PERSON_NAME_FIELDS: readonly string[] = [
  'AddStaffCandidateInput.name',
  'OpenChildFileInput.childName',
  'CreateAccountInput.displayName',
  'RecordDisclosureInput.childName',
  'RecordLegalVicePrincipalInput.name',
  'RecordRiskSubjectInput.personName',
  'RecordInterviewInput.interviewer',
  'RecordPoliceReportInput.officerName',
  'RecordVettingCheckInput.checkedBy',
];

/** Free text typed in a text area: line breaks and tabs are kept. */
export const MULTI_LINE_FIELDS: readonly string[] = [
  'CreateApiClientInput.description',
  'CloseCaseInput.note',
  'OpenChildFileInput.growthFile',
  'OpenChildFileInput.personalFile',
  'UpdateChildFileInput.growthFile',
  'UpdateChildFileInput.personalFile',
  'RecordWelfareTalkInput.note',
  'CloseRiskSubjectInput.note',
  'DecideMisconductInput.investigation',
  'OpenMisconductCaseInput.facts',
  'RecordAssessmentFindingInput.text',
  'RecordBullyingStepInput.note',
  'RecordDisclosureInput.childStatement',
  'RecordDisclosureInput.suspectDescription',
  'RecordCourseDeliveryInput.note',
  'RecordDormEntryInput.purposeNote',
  'RecordExternalSourceInput.note',
  'RecordInspectionItemInput.hazardDescription',
  'RecordInspectionItemInput.note',
  'RecordInterviewInput.notes',
  'RecordMonitoredPlaceInput.note',
  'RecordRectificationInput.note',
  'RecordRiskFollowUpInput.note',
  'RecordRiskSubjectInput.personDescription',
  'RecordRiskSubjectInput.siteDescription',
  'RecordSanctionInput.interviewAttendees',
  'RecordSanctionInput.interviewMinutes',
  'RecordTrainingSessionInput.materials',
  'ReviewVetoInput.reason',
  'RecordWelfareNoteInput.concernNote',
  'SetOpeningApplicationInput.note',
  'SubmitVetoStatementInput.text',
  // The anonymous tip line (issue 13, REP-9)
  'SubmitTipInput.description',
  'ReplyToTipInput.body',
  'AnswerTipInput.body',
];

/** Compared with a stored hash: never normalised. */
export const SECRET_FIELDS: readonly string[] = [
  'SignInInput.password',
  'SetPasswordInput.password',
  'ReplyToTipInput.passphrase',
];

const KINDS = new Map<string, TextKind>([
  ...PERSON_NAME_FIELDS.map((f) => [f, 'PERSON_NAME'] as const),
  ...MULTI_LINE_FIELDS.map((f) => [f, 'MULTI_LINE'] as const),
  ...SECRET_FIELDS.map((f) => [f, 'SECRET'] as const),
]);

/** How the text of an input field is read. */
export function textKindOf(inputType: string, field: string): TextKind {
  return KINDS.get(`${inputType}.${field}`) ?? 'LINE';
}
