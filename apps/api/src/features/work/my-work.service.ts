import {
  caseAccess,
  caseWorkItems,
  orderWorkItems,
  STAFF_DUE_HORIZON_DAYS,
  staffWorkItem,
  workSources,
  type EmergencyStep,
  type IncidentCategory,
  type IncidentState,
  type InstitutionKind,
  type ReportingStatus,
  type StaffRole,
  type SuspectType,
  type WorkItem as DomainWorkItem,
} from '@xiaohu/domain';
import type { RequestContext } from '../../context';
import { toAccessActor } from '../../shared/auth/actor';
import { whereCaseVisible } from '../incidents/case-scope';
import { IncidentEmergencyStepEntity } from '../incidents/incident-emergency-step.entity';
import { IncidentEntity } from '../incidents/incident.entity';
import { signedIn, staffInScope } from '../staff/staff-scope';
import type { MyWork, ReportedCase, WorkItem } from './work.types';

/** A head's open cases beyond this many are not listed (the case list has them all). */
const MAX_OPEN_CASES = 200;
const MAX_ITEMS = 200;
const MAX_REPORTED = 50;
const DAY_MS = 24 * 60 * 60 * 1000;

interface OpenCaseRow {
  id: string;
  institution_id: string;
  institution_kind: InstitutionKind;
  category: IncidentCategory;
  suspect_type: SuspectType;
  is_marked_confidential: boolean;
  reporter_account_id: string;
  head_account_id: string | null;
  suspect_account_id: string | null;
  suspect_staff_id: string | null;
  has_head_declared_conflict: boolean;
  state: IncidentState;
  is_child_in_danger: boolean;
  recorded_at: Date;
  acknowledged_at: Date | null;
  police_report_due_at: Date | null;
  police_reported_at: Date | null;
}

interface DueStaffRow {
  id: string;
  name: string;
  role: StaffRole;
  recheck_due_at: Date | null;
  interview_due_at: Date | null;
}

/**
 * Issue 10: the viewer's to-do list (the domain's workSources, caseWorkItems, staffWorkItem and their
 * order) and the cases the viewer reported. Cases come through the case list's own visibility SQL
 * (whereCaseVisible: REP-7, REP-11), staff through the staff lists' scope; each item is offered only when
 * the case policy lets the viewer do it. Four statements at most; nothing about a child is read.
 */
export async function loadMyWork(context: RequestContext): Promise<MyWork> {
  const actor = signedIn(context);
  const accessActor = toAccessActor(actor);
  const { policy } = context;
  const now = context.clock.now();
  const sources = workSources(accessActor, policy);
  const manager = context.dataSource.manager;

  const items: DomainWorkItem[] = [];
  const caseRows = new Map<string, OpenCaseRow>();
  const staffRows = new Map<string, DueStaffRow>();
  if (sources.institutionId !== null) {
    const query = manager
      .getRepository(IncidentEntity)
      .createQueryBuilder('incident')
      .innerJoin('incident.institution', 'institution')
      .where('incident.institution_id = :workInstitution', { workInstitution: sources.institutionId })
      .andWhere("incident.state <> 'CLOSED'");
    const rows = await whereCaseVisible(query, accessActor, policy)
      .select(
        [
          'id',
          'institution_id',
          'category',
          'suspect_type',
          'is_marked_confidential',
          'reporter_account_id',
          'head_account_id',
          'suspect_account_id',
          'suspect_staff_id',
          'has_head_declared_conflict',
          'state',
          'is_child_in_danger',
          'recorded_at',
          'acknowledged_at',
          'police_report_due_at',
          'police_reported_at',
        ].map((column) => `incident.${column} AS ${column}`),
      )
      .addSelect('institution.kind', 'institution_kind')
      .orderBy('incident.recorded_at', 'DESC')
      .limit(MAX_OPEN_CASES)
      .getRawMany<OpenCaseRow>();
    const steps = rows.length
      ? await manager
          .getRepository(IncidentEmergencyStepEntity)
          .createQueryBuilder('done')
          .select(['done.incident_id AS incident_id', 'done.step AS step'])
          .where('done.incident_id IN (:...ids)', { ids: rows.map((row) => row.id) })
          .getRawMany<{ incident_id: string; step: EmergencyStep }>()
      : [];
    for (const row of rows) {
      caseRows.set(row.id, row);
      const access = caseAccess(
        {
          institution: { id: row.institution_id, kind: row.institution_kind },
          category: row.category,
          suspectType: row.suspect_type,
          isMarkedConfidential: row.is_marked_confidential,
          reporterAccountId: row.reporter_account_id,
          headAccountId: row.head_account_id,
          suspect: { accountId: row.suspect_account_id, staffId: row.suspect_staff_id },
          hasHeadDeclaredConflict: row.has_head_declared_conflict,
          state: row.state,
          isAcknowledged: row.acknowledged_at !== null,
          isPoliceReported: row.police_reported_at !== null,
        },
        accessActor,
        policy,
      );
      items.push(
        ...caseWorkItems(
          {
            caseId: row.id,
            state: row.state,
            suspectType: row.suspect_type,
            isChildInDanger: row.is_child_in_danger,
            isAcknowledged: row.acknowledged_at !== null,
            policeReportDueAt: row.police_report_due_at,
            isPoliceReported: row.police_reported_at !== null,
            emergencyStepsDone: steps.filter((s) => s.incident_id === row.id).map((s) => s.step),
            can: {
              acknowledge: access.can.acknowledge.allowed,
              recordPoliceReport: access.can.recordPoliceReport.allowed,
              completeEmergencyStep: access.can.completeEmergencyStep.allowed,
            },
          },
          now,
        ),
      );
    }

    // VET-9, VET-10: the stored due dates (kept equal to inServiceDueDates), within the horizon.
    const horizon = new Date(now.getTime() + STAFF_DUE_HORIZON_DAYS * DAY_MS);
    const due = await staffInScope(manager, actor, policy)
      .andWhere('staff.institution_id = :workInstitution', { workInstitution: sources.institutionId })
      .andWhere("staff.status = 'ACTIVE'")
      .andWhere('(staff.recheck_due_at <= :horizon OR staff.interview_due_at <= :horizon)', { horizon })
      .select(['staff.id AS id', 'staff.name AS name', 'staff.role AS role'])
      .addSelect(['staff.recheck_due_at AS recheck_due_at', 'staff.interview_due_at AS interview_due_at'])
      .limit(MAX_ITEMS)
      .getRawMany<DueStaffRow>();
    for (const row of due) {
      staffRows.set(row.id, row);
      for (const [kind, dueAt] of [
        ['RECHECK', row.recheck_due_at],
        ['REMINDER_INTERVIEW', row.interview_due_at],
      ] as const) {
        const item = dueAt ? staffWorkItem({ staffId: row.id, kind, dueAt }, now) : null;
        if (item) items.push(item);
      }
    }
  }

  const reportedCases = sources.listsOwnReports ? await loadReportedCases(context) : [];
  const ordered = orderWorkItems(items);
  return {
    home: sources.home,
    totalCount: ordered.length,
    items: ordered.slice(0, MAX_ITEMS).map((item): WorkItem => {
      const caseRow = item.caseId ? caseRows.get(item.caseId) : undefined;
      const staffRow = item.staffId ? staffRows.get(item.staffId) : undefined;
      return {
        ...item,
        caseCategory: caseRow?.category ?? null,
        caseRecordedAt: caseRow?.recorded_at ?? null,
        staffName: staffRow?.name ?? null,
        staffRole: staffRow?.role ?? null,
      };
    }),
    reportedCases,
  };
}

/** The cases the viewer reported, newest first, as the case list shows them (whereCaseVisible). */
async function loadReportedCases(context: RequestContext): Promise<ReportedCase[]> {
  const actor = signedIn(context);
  const query = context.dataSource.manager
    .getRepository(IncidentEntity)
    .createQueryBuilder('incident')
    .where('incident.reporter_account_id = :workReporter', { workReporter: actor.accountId });
  const rows = await whereCaseVisible(query, toAccessActor(actor), context.policy)
    .select([
      'incident.id AS id',
      'incident.category AS category',
      'incident.state AS state',
      // The stored status read at now, as the case list reads it (stored-reporting.ts).
      `CASE WHEN incident.reporting_status = 'AWAITING_POLICE_REPORT' AND incident.police_report_due_at < :workNow THEN 'IN_BREACH' ELSE incident.reporting_status END AS reporting_status`,
      'incident.recorded_at AS recorded_at',
      'incident.police_report_due_at AS police_report_due_at',
      'incident.police_reported_at AS police_reported_at',
    ])
    .setParameter('workNow', context.clock.now())
    .orderBy('incident.recorded_at', 'DESC')
    .addOrderBy('incident.id', 'DESC')
    .limit(MAX_REPORTED)
    .getRawMany<{
      id: string;
      category: IncidentCategory;
      state: IncidentState;
      reporting_status: ReportingStatus;
      recorded_at: Date;
      police_report_due_at: Date | null;
      police_reported_at: Date | null;
    }>();
  return rows.map((row) => ({
    id: row.id,
    category: row.category,
    state: row.state,
    reportingStatus: row.reporting_status,
    recordedAt: row.recorded_at,
    policeReportDueAt: row.police_report_due_at,
    policeReportedAt: row.police_reported_at,
  }));
}
