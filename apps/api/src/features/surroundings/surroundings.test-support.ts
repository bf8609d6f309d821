// Operations and builders shared by the surroundings tests and the access matrix.
export const RECORD_RISK_SUBJECT = `mutation($input: RecordRiskSubjectInput!) {
  recordRiskSubject(input: $input) {
    __typename
    ... on RiskSubject { id status person { name idNumber address description } referral { missingRecipients } }
    ... on ErrorResult { code message }
    ... on RiskSubjectStateError { reason }
    ... on ValidationError { field }
  }
}`;

export const RECORD_RISK_FOLLOW_UP = `mutation($input: RecordRiskFollowUpInput!) {
  recordRiskFollowUp(input: $input) {
    __typename
    ... on RiskSubject { id status followUps { outcome note } }
    ... on ErrorResult { code }
    ... on RiskSubjectStateError { reason }
  }
}`;

export const CLOSE_RISK_SUBJECT = `mutation($input: CloseRiskSubjectInput!) {
  closeRiskSubject(input: $input) {
    __typename
    ... on RiskSubject { id status closingReason viewerCan { close recordFollowUp } }
    ... on ErrorResult { code }
    ... on RiskSubjectStateError { reason }
  }
}`;

export const RISK_SUBJECT = `query($id: ID!) {
  riskSubject(id: $id) {
    id subjectType personType siteType status location
    site { name address description }
    person { name idNumber address description }
    referral { townshipOffice townshipReferredAt policeStation policeReferredAt missingRecipients }
    followUps { outcome note recordedByName }
    viewerCan { recordFollowUp close readPersonalData needsReferral closingReasons }
  }
}`;

export const RISK_SUBJECTS = `query($filter: RiskSubjectFilter, $first: Int, $after: String) {
  riskSubjects(filter: $filter, first: $first, after: $after) {
    totalCount viewerCanRecord
    pageInfo { hasNextPage endCursor }
    edges { node { id subjectType status institutionName person { name } site { name } location } }
  }
}`;

export const referralAt = (at: Date) => ({
  townshipOffice: '谢家湾街道办事处',
  townshipReferredAt: at.toISOString(),
  policeStation: '九龙坡区公安分局谢家湾派出所',
  policeReferredAt: at.toISOString(),
});

export const siteInput = (institutionId: string, overrides: Record<string, unknown> = {}) => ({
  institutionId,
  subjectType: 'RISK_SITE',
  siteType: 'INTERNET_CAFE',
  siteName: '星际网咖',
  siteAddress: '谢家湾正街 18 号',
  siteDescription: '放学后常有学生进出',
  location: '校门东侧约 150 米',
  ...overrides,
});
