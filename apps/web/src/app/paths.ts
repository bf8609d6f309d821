// Every route path of the app. Components link with these helpers, never with string literals.

import type { CaseListQuery } from '../features/incidents/hooks/case-filter';
export const routePatterns = {
  home: '/',
  signIn: '/sign-in',
  institutions: '/institutions',
  institution: '/institutions/:id',
  matrix: '/matrix',
  audit: '/audit',
  staff: '/staff',
  staffNew: '/staff/new',
  staffImport: '/staff/import',
  staffDue: '/staff/due',
  staffMisconduct: '/staff/misconduct',
  staffMember: '/staff/:id',
  report: '/report',
  cases: '/cases',
  case: '/cases/:id',
  accounts: '/accounts',
  accountsImportHeads: '/accounts/import-heads',
  apiClients: '/api-clients',
  setPassword: '/set-password',
  outbox: '/outbox',
  webhooks: '/webhooks',
  security: '/security',
  oversight: '/oversight',
  institutionRecord: '/institutions/:id/record',
  assessments: '/assessments',
  assessment: '/assessments/:id',
  institutionAssessment: '/assessments/:periodId/rows/:id',
  surroundings: '/surroundings',
  riskSubject: '/surroundings/:id',
  places: '/places',
  dormDoor: '/dorm',
  dormEntries: '/dorm/entries',
  inspections: '/inspections',
  inspectionCampaign: '/inspections/campaigns/:id',
  inspection: '/inspections/:id',
  hazards: '/hazards',
  hazard: '/hazards/:id',
  // Issue 12: care and education records (PRV-5 to PRV-10)
  classes: '/classes',
  careRecords: '/care-records',
  training: '/training',
  trainingSession: '/training/sessions/:id',
  trainingCoverage: '/training/coverage',
  childFiles: '/child-files',
  childFile: '/child-files/:id',
  preventionGaps: '/prevention-gaps',
  // Issue 13: the developer page 开发者 (schema, example query, typed client, changelog)
  developer: '/developer',
  // Issue 13: the anonymous tip line (REP-9); /tip and /tip/thread are public
  tipLine: '/tip',
  tipThread: '/tip/thread',
  tips: '/tips',
  tip: '/tips/:id',
  notFound: '*',
} as const;

const NEXT_PARAM = 'next';

function withQuery(path: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value) query.set(key, value);
  }
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

/** Only a path inside this app may follow sign-in: no other origin, no protocol-relative URL. */
export function safeNextPath(next: string | null | undefined): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  if (next === routePatterns.signIn || next.startsWith(`${routePatterns.signIn}?`)) return null;
  return next;
}

/** The hazard list's URL parameters (the page's and its export's). */
export type HazardListQuery = {
  status?: string;
  institution?: string;
  campaign?: string;
  section?: string;
  institutionKind?: string;
  street?: string;
  /** Rectified from this day to that day (YYYY-MM-DD, both included): a periodic figure's period. */
  rectifiedFrom?: string;
  rectifiedTo?: string;
};

/** The surroundings list's URL parameters (the page's and its export's). */
export type SurroundingsQuery = {
  institution?: string;
  type?: string;
  state?: string;
  section?: string;
  institutionKind?: string;
  street?: string;
};

/** The place registers overview's URL parameters (the page's and its export's). */
export type PlacesOverviewQuery = {
  section?: string;
  institutionKind?: string;
  street?: string;
  gaps?: string;
};

/** PRV-5 to PRV-10: the parts of an institution's care-records page. */
export type CareRecordsSection = 'legal' | 'courses' | 'teaching-plan' | 'counselling' | 'bullying';

export const paths = {
  /** REP-9: the public tip page (no sign-in). */
  tipLine: () => routePatterns.tipLine,
  /** REP-9: the reporter's conversation (the code and passphrase are typed, never in the URL). */
  tipThread: () => routePatterns.tipThread,
  /** REP-9: 安稳办's tip inbox. */
  tips: () => routePatterns.tips,
  tip: (id: string) => `${routePatterns.tips}/${encodeURIComponent(id)}`,
  /** PRV-6 to PRV-8: an institution's intakes and classes with their head teachers. */
  classes: (institutionId?: string) => withQuery(routePatterns.classes, { institution: institutionId }),
  /** PRV-5 to PRV-7, PRV-10: an institution's care records, opened at one section. */
  careRecords: (section?: CareRecordsSection, institutionId?: string) =>
    withQuery(routePatterns.careRecords, { section, institution: institutionId }),
  /** PRV-5, PRV-9, PRV-10: training sessions. */
  training: () => routePatterns.training,
  trainingSession: (id: string) => `${routePatterns.training}/sessions/${encodeURIComponent(id)}`,
  /** Coverage of one topic (TrainingTopic) at one institution (ids). */
  trainingCoverage: (topic?: string, institutionId?: string) =>
    withQuery(routePatterns.trainingCoverage, { topic, institution: institutionId }),
  /** PRV-8: watched children's files (ids only in URLs, never a name). */
  childFiles: () => routePatterns.childFiles,
  childFile: (id: string) => `${routePatterns.childFiles}/${encodeURIComponent(id)}`,
  /** PRV-2, PRV-5 to PRV-10: an institution's prevention gaps, found from records. */
  preventionGaps: (institutionId?: string) =>
    withQuery(routePatterns.preventionGaps, { institution: institutionId }),
  /** PRV-2: an institution's place register; `institution` (id) for those who read several. */
  places: (institutionId?: string) => withQuery(routePatterns.places, { institution: institutionId }),
  /** PRV-2: the district overview of place registers, with the dashboard's filters; `gaps=1`: with gaps only. */
  placesOverview: (query: PlacesOverviewQuery = {}) => withQuery(routePatterns.places, query),
  /** The overview as Excel, with its own parameters. */
  placesExport: (query: PlacesOverviewQuery = {}) => withQuery('/api/places/export', query),
  /** PRV-4: the dormitory door page (one screen, on a phone). */
  dormDoor: () => routePatterns.dormDoor,
  /** PRV-4: dorm entries and refused attempts. */
  dormEntries: () => routePatterns.dormEntries,
  /** PRV-1: the inspection campaigns (a head: her self-inspections to do). */
  inspections: () => routePatterns.inspections,
  inspectionCampaign: (id: string) => `${routePatterns.inspections}/campaigns/${encodeURIComponent(id)}`,
  /** PRV-1: one inspection's checklist. */
  inspection: (id: string) => `${routePatterns.inspections}/${encodeURIComponent(id)}`,
  /**
   * PRV-1: the hazard list; `status` (comma-separated HazardStatus), `institution`, `campaign` (ids), and
   * the dashboard's `section`, `institutionKind`, `street` (镇街).
   */
  hazards: (query: HazardListQuery = {}) => withQuery(routePatterns.hazards, query),
  hazard: (id: string) => `${routePatterns.hazards}/${encodeURIComponent(id)}`,
  /** The hazard register as Excel, with the list's own parameters. */
  hazardsExport: (query: HazardListQuery = {}) => withQuery('/api/hazards/export', query),
  /** PRV-1: a campaign's completion as Excel. */
  inspectionCampaignExport: (id: string) => `/api/inspection-campaigns/${encodeURIComponent(id)}/export`,
  /** ACC-1: the assessment periods. */
  assessments: () => routePatterns.assessments,
  /** ACC-1: one period's table of institutions. */
  assessment: (id: string) => `${routePatterns.assessments}/${encodeURIComponent(id)}`,
  /** ACC-1, ACC-5: one institution's assessment in a period. */
  institutionAssessment: (periodId: string, id: string) =>
    `${routePatterns.assessments}/${encodeURIComponent(periodId)}/rows/${encodeURIComponent(id)}`,
  /** The REST downloads of the assessment. */
  assessmentExport: (periodId: string) => `/api/assessments/periods/${encodeURIComponent(periodId)}/export`,
  circularDownload: (sanctionId: string) =>
    `/api/assessments/sanctions/${encodeURIComponent(sanctionId)}/circular`,
  home: () => routePatterns.home,
  /** The sign-in page; `next` is where to go once signed in. */
  signIn: (next?: string) =>
    withQuery(routePatterns.signIn, { [NEXT_PARAM]: safeNextPath(next) ?? undefined }),
  institutions: (filter: { search?: string; kind?: string; section?: string } = {}) =>
    withQuery(routePatterns.institutions, { q: filter.search, kind: filter.kind, section: filter.section }),
  institution: (id: string) => `${routePatterns.institutions}/${encodeURIComponent(id)}`,
  matrix: () => routePatterns.matrix,
  audit: () => routePatterns.audit,
  /** The staff register; `q` searches name or masked ID, `status` narrows to one status. */
  staff: (filter: { search?: string; status?: string } = {}) =>
    withQuery(routePatterns.staff, { q: filter.search, status: filter.status }),
  staffNew: () => routePatterns.staffNew,
  staffImport: () => routePatterns.staffImport,
  /**
   * VET-9, VET-10: the due re-checks and interviews; `kind` is the check (RECHECK|REMINDER_INTERVIEW),
   * `section`, `institutionKind`, `street` and `institution` (id) narrow the institutions, `overdue` (1).
   */
  staffDue: (
    query: {
      kind?: string;
      section?: string;
      institutionKind?: string;
      street?: string;
      institution?: string;
      overdue?: string;
    } = {},
  ) => withQuery(routePatterns.staffDue, query),
  /**
   * VET-11: misconduct cases the viewer could open (the dashboard's OPEN_MISCONDUCT); `section`,
   * `institutionKind`, `street` and `institution` (id) narrow the institutions, `status` (OPEN|DECIDED,
   * absent: OPEN).
   */
  staffMisconduct: (
    query: {
      section?: string;
      institutionKind?: string;
      street?: string;
      institution?: string;
      status?: string;
    } = {},
  ) => withQuery(routePatterns.staffMisconduct, query),
  staffMember: (id: string) => `${routePatterns.staff}/${encodeURIComponent(id)}`,
  /** Where institution staff record a disclosure (issue 4). */
  report: () => routePatterns.report,
  /**
   * Cases list (for the safety office, the district inbox) with the link parameters of issue 10's contract 2:
   * `institution` (id), `section` (BASIC|PRESCHOOL|VOCATIONAL), `kind`, `street`, `category` (comma-separated),
   * `from`/`to` (YYYY-MM-DD in Asia/Shanghai, `to` inclusive), `state` (OPEN|CLOSED), `status`, `breach`
   * (a breach code or ANY), `overdue` (1), and `sort` (a CaseOrder). Absent: no narrowing, newest first.
   */
  cases: (query: CaseListQuery = {}) => withQuery(routePatterns.cases, { ...query }),
  /** A case by its opaque id: never anything about the child in a URL. */
  case: (id: string) => `${routePatterns.cases}/${encodeURIComponent(id)}`,
  /** Account administration: create, reset, sessions, staff link, disable / enable. */
  accounts: () => routePatterns.accounts,
  /** Bulk creation of institution heads' accounts from Excel. */
  accountsImportHeads: () => routePatterns.accountsImportHeads,
  /** API clients 接口客户端 (issue 13): systems that call the API with a token (administrators). */
  apiClients: () => routePatterns.apiClients,
  /** Public: where a one-time set-password link leads (the token is in the fragment). */
  setPassword: () => routePatterns.setPassword,
  /** The mail outbox's delivery status (administrators). */
  outbox: () => routePatterns.outbox,
  /** Webhook subscriptions of API clients and their deliveries (administrators, issue 13). */
  webhooks: () => routePatterns.webhooks,
  /** The viewer's own account security: the second factor. */
  security: () => routePatterns.security,
  /** The oversight dashboard 监管总览 (issue 10): period (MONTH, TERM, SCHOOL_YEAR, CUSTOM with from/to), filters. */
  oversight: (
    query: {
      period?: string;
      from?: string;
      to?: string;
      section?: string;
      kind?: string;
      street?: string;
    } = {},
  ) => withQuery(routePatterns.oversight, query),
  /**
   * PRV-3: risks around the campus; `institution` (id), `type` (RISK_SITE|RISK_PERSON), `state`
   * (OPEN|CLOSED; absent: both), and the dashboard's `section`, `institutionKind`, `street` (镇街).
   */
  surroundings: (query: SurroundingsQuery = {}) => withQuery(routePatterns.surroundings, query),
  /** PRV-3: the risk register as Excel, with the list's own parameters (never a person's identity). */
  surroundingsExport: (query: SurroundingsQuery = {}) => withQuery('/api/surroundings/export', query),
  /** PRV-3: one risk site or person, by its opaque id (never a person's identity in a URL). */
  riskSubject: (id: string) => `${routePatterns.surroundings}/${encodeURIComponent(id)}`,
  /** Issue 13: the developer page 开发者 (administrators, clients' owners). */
  developer: () => routePatterns.developer,
  /** Issue 13: the developer page's material on the API (developerAccess). */
  developerSchema: () => '/api/developer/schema.graphql',
  developerChangelog: () => '/api/developer/changelog.md',
  /** Issue 13: one case as the 强制报告 JSON (docs/MANDATORY-REPORT.md); the id only, never the child. */
  caseMandatoryReport: (id: string) => `/api/cases/${encodeURIComponent(id)}/mandatory-report.json`,
  /** An institution's card 校园保护档案. */
  institutionRecord: (id: string) => `${routePatterns.institutions}/${encodeURIComponent(id)}/record`,
};

/** Reads the `next` parameter of the sign-in page, refusing anything outside the app. */
export function nextPathFrom(search: URLSearchParams): string | null {
  return safeNextPath(search.get(NEXT_PARAM));
}
