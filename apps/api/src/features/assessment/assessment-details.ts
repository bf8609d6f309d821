import type { HandlingFailure, Impact, Sanction, SanctionFinding } from '@xiaohu/domain';
import type { EntityManager } from 'typeorm';
import type { LoadedAssessment } from './assessment-facts';
import type { FindingSource } from './assessment-finding.entity';
import type { MisconductEvidence } from './assessment.type';

export interface FindingDetail {
  id: string;
  source: FindingSource;
  text: string;
  points: number;
  incidentId: string | null;
  failures: HandlingFailure[];
  impacts: Impact[];
  sanctionGrounds: SanctionFinding[];
  recordedByName: string;
  recordedAt: Date;
}

export interface SanctionDetail {
  id: string;
  sanction: Sanction;
  decidedByName: string;
  decidedAt: Date;
  interviewAt: Date | null;
  interviewAttendees: string | null;
  interviewMinutes: string | null;
  circularYear: number | null;
  circularNumber: number | null;
}

export interface AssessmentDetails {
  findings: FindingDetail[];
  statement: { text: string; submittedByName: string; submittedAt: Date } | null;
  review: { decision: 'CONFIRM' | 'REJECT'; reason: string; reviewedByName: string; reviewedAt: Date } | null;
  sanctions: SanctionDetail[];
  staff: {
    activeStaff: number;
    overdueRechecks: number;
    overdueInterviews: number;
    staffFoundNotClear: number;
  };
  misconduct: MisconductEvidence[];
}

const FINDINGS_SQL = `
SELECT f.id, f.source, f.text, f.points, f.incident_id AS "incidentId", f.failures, f.impacts,
  f.sanction_grounds AS "sanctionGrounds", a.display_name AS "recordedByName", f.recorded_at AS "recordedAt"
FROM assessment_finding f JOIN account a ON a.id = f.recorded_by_account_id
WHERE f.assessment_id = $1 ORDER BY f.recorded_at, f.id`;

const DECISIONS_SQL = `
SELECT 'STATEMENT' AS kind, s.text, NULL AS decision, a.display_name AS name, s.submitted_at AS at
FROM veto_statement s JOIN account a ON a.id = s.submitted_by_account_id WHERE s.assessment_id = $1
UNION ALL
SELECT 'REVIEW', r.reason, r.decision, a.display_name, r.reviewed_at
FROM veto_review r JOIN account a ON a.id = r.reviewed_by_account_id WHERE r.assessment_id = $1`;

const SANCTIONS_SQL = `
SELECT s.id, s.sanction, a.display_name AS "decidedByName", s.decided_at AS "decidedAt",
  s.interview_at AS "interviewAt", s.interview_attendees AS "interviewAttendees",
  s.interview_minutes AS "interviewMinutes", s.circular_year AS "circularYear", s.circular_number AS "circularNumber"
FROM assessment_sanction s JOIN account a ON a.id = s.decided_by_account_id
WHERE s.assessment_id = $1 ORDER BY s.decided_at, s.id`;

// VET-9, VET-10: the stored due dates (refreshStaffDueDates) of the institution's active staff, now.
// VET-1, VET-9: serving staff found not CLEAR in the period. No member stays ACTIVE once a check is not
// CLEAR (settleStatus blocks at once, and activation needs CLEAR), so the fact on record is the in-service
// re-check (recorded for ACTIVE staff only) that found it, whatever the member's status is now.
const STAFF_SQL = `
SELECT count(*)::int AS "activeStaff",
  count(*) FILTER (WHERE recheck_due_at < $2)::int AS "overdueRechecks",
  count(*) FILTER (WHERE interview_due_at < $2)::int AS "overdueInterviews",
  (SELECT count(DISTINCT vc.staff_id) FROM vetting_check vc JOIN staff_member m ON m.id = vc.staff_id
    WHERE m.institution_id = $1 AND vc."check" = 'IN_SERVICE_RECHECK' AND vc.outcome <> 'CLEAR'
      AND vc.checked_at >= $3 AND vc.checked_at < $4)::int AS "staffFoundNotClear"
FROM staff_member WHERE institution_id = $1 AND status = 'ACTIVE'`;

// VET-11, ACC-3: misconduct cases opened in the period and how they were handled.
const MISCONDUCT_SQL = `
SELECT id, status, opened_at AS "openedAt", proposed_at AS "proposedAt", decided_at AS "decidedAt", outcomes
FROM misconduct_case WHERE institution_id = $1 AND opened_at >= $2 AND opened_at < $3
ORDER BY opened_at, id`;

type DecisionSql = {
  kind: 'STATEMENT' | 'REVIEW';
  text: string;
  decision: 'CONFIRM' | 'REJECT' | null;
  name: string;
  at: Date;
};

/** What one assessment's page shows beside its verdict: five statements, none per row of anything. */
export async function loadAssessmentDetails(
  manager: EntityManager,
  loaded: LoadedAssessment,
  now: Date,
): Promise<AssessmentDetails> {
  // One after another: inside a transaction they share one connection.
  const findings: FindingDetail[] = await manager.query(FINDINGS_SQL, [loaded.id]);
  const decisions: DecisionSql[] = await manager.query(DECISIONS_SQL, [loaded.id]);
  const sanctions: SanctionDetail[] = await manager.query(SANCTIONS_SQL, [loaded.id]);
  const staff: AssessmentDetails['staff'][] = await manager.query(STAFF_SQL, [
    loaded.institutionId,
    now,
    loaded.startsAt,
    loaded.endsAt,
  ]);
  const misconduct: MisconductEvidence[] = await manager.query(MISCONDUCT_SQL, [
    loaded.institutionId,
    loaded.startsAt,
    loaded.endsAt,
  ]);
  const statement = decisions.find((d) => d.kind === 'STATEMENT');
  const review = decisions.find((d) => d.kind === 'REVIEW');
  return {
    findings,
    statement: statement
      ? { text: statement.text, submittedByName: statement.name, submittedAt: statement.at }
      : null,
    review: review
      ? {
          decision: review.decision!,
          reason: review.text,
          reviewedByName: review.name,
          reviewedAt: review.at,
        }
      : null,
    sanctions,
    staff: staff[0],
    misconduct,
  };
}
