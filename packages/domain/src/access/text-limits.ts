/**
 * The longest text each field takes, in characters. The API refuses longer input (never truncates) and
 * the web reads the same numbers for its counters and form checks.
 */
export const TEXT_LIMITS = {
  childName: 60,
  childClass: 60,
  childStatement: 4000,
  suspectDescription: 200,
  policeStation: 120,
  receiptNumber: 60,
  officerName: 60,
  externalSourceNote: 500,
  closingNote: 500,
  openingNote: 500,
  welfareNote: 2000,
  staffName: 60,
  post: 60,
  checkedBy: 60,
  checkSystem: 100,
  referenceNumber: 60,
  qualificationNumber: 60,
  interviewer: 60,
  interviewNotes: 2000,
  misconductFacts: 5000,
  misconductInvestigation: 5000,
  assessmentPeriodName: 100,
  assessmentFinding: 2000,
  vetoStatement: 4000,
  vetoReviewReason: 2000,
  interviewAttendees: 500,
  interviewMinutes: 5000,
  inspectionCampaignName: 100,
  inspectionItemNote: 500,
  hazardDescription: 2000,
  rectificationNote: 2000,
  sendBackReason: 1000,
} as const;
export type TextField = keyof typeof TEXT_LIMITS;
