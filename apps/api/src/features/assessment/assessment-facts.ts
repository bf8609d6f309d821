import {
  assessmentOutcome,
  assessmentScore,
  evaluateVeto,
  sanctionOptions,
  type AccountabilityCase,
  type AssessmentFacts,
  type BreachCode,
  type DistrictPolicy,
  type HandlingFailure,
  type Impact,
  type InstitutionKind,
  type SanctionFinding,
  type SanctionOption,
  type VetoVerdict,
} from '@xiaohu/domain';
import type { EntityManager } from 'typeorm';
import type { VetoStatus } from './assessment.enums';

/** One assessment row with what its verdict, score and policy are computed from. */
export interface LoadedAssessment {
  id: string;
  periodId: string;
  institutionId: string;
  institutionName: string;
  institutionKind: InstitutionKind;
  startsAt: Date;
  endsAt: Date;
  vetoComputedAt: Date | null;
  score: number;
  hasStatement: boolean;
  review: { decision: 'CONFIRM' | 'REJECT'; verdict: VetoVerdict } | null;
  sanctionGrounds: SanctionFinding[];
  /** The cases evaluateVeto looked at, with what the evidence shows of each. */
  cases: AssessedCase[];
  verdict: VetoVerdict;
  options: SanctionOption[];
  vetoStatus: VetoStatus;
  isEligibleForAwards: boolean;
  outcomeRuleIds: string[];
}

export interface AssessedCase extends AccountabilityCase {
  category: string;
}

type RowSql = {
  id: string;
  period_id: string;
  institution_id: string;
  institution_name: string;
  institution_kind: InstitutionKind;
  starts_at: Date;
  ends_at: Date;
  veto_computed_at: Date | null;
  points: number;
  has_statement: boolean;
  review_decision: 'CONFIRM' | 'REJECT' | null;
  review_verdict: VetoVerdict | null;
  sanction_grounds: SanctionFinding[];
};

type CaseSql = {
  assessment_id: string;
  id: string;
  institution_id: string;
  category: string;
  received_at: Date;
  suspect_type: string;
  breaches: BreachCode[];
  failures: HandlingFailure[];
  impacts: Impact[];
};

// The rows, each with its points, statement, review and ACC-2 grounds: one statement for any number.
const ROWS_SQL = `
SELECT a.id, a.period_id, a.institution_id, i.name AS institution_name, i.kind AS institution_kind,
  p.starts_at, p.ends_at, a.veto_computed_at,
  COALESCE((SELECT sum(f.points) FROM assessment_finding f WHERE f.assessment_id = a.id), 0)::int AS points,
  EXISTS (SELECT 1 FROM veto_statement s WHERE s.assessment_id = a.id) AS has_statement,
  r.decision AS review_decision, r.verdict AS review_verdict,
  COALESCE((SELECT array_agg(DISTINCT g) FROM assessment_finding f, unnest(f.sanction_grounds) g
    WHERE f.assessment_id = a.id), '{}')::varchar[] AS sanction_grounds
FROM assessment a
JOIN assessment_period p ON p.id = a.period_id
JOIN institution i ON i.id = a.institution_id
LEFT JOIN veto_review r ON r.assessment_id = a.id
WHERE a.id = ANY($1::uuid[])
ORDER BY i.name, a.id`;

// ACC-3, ACC-4: the cases of each institution found in the period with a REP-4 breach on record, and
// every case a finding names; with the stored breaches and the findings' failures and impacts.
const CASES_SQL = `
WITH rows AS (
  SELECT a.id, a.institution_id, p.starts_at, p.ends_at
  FROM assessment a JOIN assessment_period p ON p.id = a.period_id WHERE a.id = ANY($1::uuid[])
), candidates AS (
  SELECT r.id AS assessment_id, c.id AS incident_id
  FROM rows r JOIN incident c ON c.institution_id = r.institution_id AND c.has_breach
    AND c.received_at >= r.starts_at AND c.received_at < r.ends_at
  UNION
  SELECT f.assessment_id, f.incident_id FROM assessment_finding f
  WHERE f.assessment_id = ANY($1::uuid[]) AND f.incident_id IS NOT NULL
)
SELECT k.assessment_id, c.id, c.institution_id, c.category, c.received_at, c.suspect_type,
  COALESCE((SELECT array_agg(DISTINCT b.code ORDER BY b.code) FROM incident_breach b WHERE b.incident_id = c.id),
    '{}')::varchar[] AS breaches,
  COALESCE((SELECT array_agg(DISTINCT x ORDER BY x) FROM assessment_finding f, unnest(f.failures) x
    WHERE f.assessment_id = k.assessment_id AND f.incident_id = c.id), '{}')::varchar[] AS failures,
  COALESCE((SELECT array_agg(DISTINCT x ORDER BY x) FROM assessment_finding f, unnest(f.impacts) x
    WHERE f.assessment_id = k.assessment_id AND f.incident_id = c.id), '{}')::varchar[] AS impacts
FROM candidates k JOIN incident c ON c.id = k.incident_id
ORDER BY c.received_at, c.id`;

/** ACC-1, ACC-3..5: loads rows and computes each verdict with `evaluateVeto`, in two statements. */
export async function loadAssessments(
  manager: EntityManager,
  ids: readonly string[],
  policy: DistrictPolicy,
): Promise<LoadedAssessment[]> {
  if (ids.length === 0) return [];
  const rows: RowSql[] = await manager.query(ROWS_SQL, [ids]);
  const caseRows: CaseSql[] = await manager.query(CASES_SQL, [ids]);
  const casesByRow = new Map<string, AssessedCase[]>();
  for (const c of caseRows) {
    const list = casesByRow.get(c.assessment_id) ?? [];
    list.push({
      id: c.id,
      institutionId: c.institution_id,
      foundAt: c.received_at,
      isSeriousStaffEthicsViolation: c.suspect_type === 'STAFF',
      failures: c.failures,
      breaches: c.breaches,
      impacts: c.impacts,
      category: c.category,
    });
    casesByRow.set(c.assessment_id, list);
  }
  return rows.map((row) => {
    const cases = casesByRow.get(row.id) ?? [];
    const verdict = evaluateVeto(
      { id: row.institution_id },
      { id: row.period_id, start: row.starts_at, end: row.ends_at },
      cases,
      policy,
    );
    const review = row.review_decision
      ? { decision: row.review_decision, verdict: row.review_verdict! }
      : null;
    // What stands: the leader's decision on the verdict it saw; until then the computed verdict.
    const standing = review ? { ...review.verdict, isVetoed: review.decision === 'CONFIRM' } : verdict;
    const score = assessmentScore([row.points]);
    const outcome = assessmentOutcome({ score, verdict: standing, schoolProtectionFindings: [] });
    return {
      id: row.id,
      periodId: row.period_id,
      institutionId: row.institution_id,
      institutionName: row.institution_name,
      institutionKind: row.institution_kind,
      startsAt: row.starts_at,
      endsAt: row.ends_at,
      vetoComputedAt: row.veto_computed_at,
      score,
      hasStatement: row.has_statement,
      review,
      sanctionGrounds: row.sanction_grounds,
      cases,
      verdict,
      options: sanctionOptions(row.sanction_grounds),
      vetoStatus: review
        ? review.decision === 'CONFIRM'
          ? 'CONFIRMED'
          : 'REJECTED'
        : verdict.isVetoed
          ? 'AWAITING_REVIEW'
          : 'NONE',
      isEligibleForAwards: outcome.isEligibleForAwards,
      outcomeRuleIds: outcome.ruleIds,
    };
  });
}

/** The facts the assessment policy decides on. */
export function policyFacts(loaded: LoadedAssessment): AssessmentFacts {
  return {
    institution: { id: loaded.institutionId, kind: loaded.institutionKind },
    isVetoComputed: loaded.verdict.isVetoed || loaded.review !== null,
    vetoComputedAt: loaded.vetoComputedAt,
    hasStatement: loaded.hasStatement,
    isReviewed: loaded.review !== null,
    hasSanctionOptions: loaded.options.length > 0,
  };
}

/** Rows of assessments the actor may read (ACC-1, ORG-3), as SQL on `a` (assessment). */
export function readableRowsCondition(
  scope: { type: 'ALL' } | { type: 'INSTITUTION'; institutionId: string } | null,
  parameterIndex: number,
): { sql: string; parameters: unknown[] } {
  if (!scope) return { sql: 'FALSE', parameters: [] };
  if (scope.type === 'ALL') return { sql: 'TRUE', parameters: [] };
  return { sql: `a.institution_id = $${parameterIndex}`, parameters: [scope.institutionId] };
}

/**
 * ACC-5: the statement window opens when the veto is first on record. A finding usually makes it; a
 * breach stored later by the reporting chain can too, so every read and command of the row stamps it.
 */
export async function stampVetoComputed(
  manager: EntityManager,
  loaded: LoadedAssessment,
  now: Date,
): Promise<void> {
  if (!loaded.verdict.isVetoed || loaded.vetoComputedAt || loaded.review) return;
  await manager.query(
    'UPDATE assessment SET veto_computed_at = $2 WHERE id = $1 AND veto_computed_at IS NULL',
    [loaded.id, now],
  );
  loaded.vetoComputedAt = now;
}
