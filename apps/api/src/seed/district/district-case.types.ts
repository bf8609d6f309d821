import type {
  AccessActor,
  Breach,
  DistrictPolicy,
  IncidentState,
  ReportingAssessment,
  ReportingTimeline,
} from '@xiaohu/domain';
import type { DistrictRandom } from './district-random';

// The shapes the district seed's case generator writes through (district-cases.ts, district-case-jobs.ts).

export interface CaseTables {
  incident(row: unknown[]): Promise<void>;
  child(row: unknown[]): Promise<void>;
  event(row: unknown[]): Promise<void>;
  breach(row: unknown[]): Promise<void>;
  alert(row: unknown[]): Promise<void>;
  emergencyStep(row: unknown[]): Promise<void>;
  externalSource(row: unknown[]): Promise<void>;
  notification(row: unknown[]): Promise<void>;
}

export interface CaseContext {
  random: DistrictRandom;
  /** Encrypts a generated text; equal texts share one ciphertext (see sealedTexts). */
  seal: (purpose: string, text: string) => string;
  /** The children's names cases draw from. */
  childNames: readonly string[];
  policy: DistrictPolicy;
  now: number;
  /** Accounts of the committee's units (the demo seed's), as the case policy sees them. */
  unitActors: readonly AccessActor[];
  /** The 安稳办 account that records cases learned from elsewhere. */
  safetyAccountId: string;
}

/** Writes one incident_event row: kind, instant, when recorded, actor, detail, and a deadline's outcome. */
export type CaseEvent = (
  kind: string,
  at: number,
  recordedAt: number,
  actorId: string | null,
  detail: string | null,
  deadline?: 'HEAD_NOTIFICATION' | 'POLICE_REPORT' | null,
  dueAt?: number | null,
  outcome?: 'MET' | 'MISSED' | null,
) => Promise<void>;

/** A generated case with the domain's assessment of it, kept for the stored reporting columns. */
export interface GeneratedCase {
  id: string;
  institutionId: string;
  timeline: ReportingTimeline;
  assessment: ReportingAssessment;
  /** The breaches written (incident_breach), equal to the assessment's. */
  breaches: readonly Breach[];
  state: IncidentState;
}
