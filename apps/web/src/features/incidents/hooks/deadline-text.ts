import type { CaseSummaryFieldsFragment } from '../../../gql/graphql';
import type { Translate } from '../../../i18n/i18n';
import { formatDateTimeShort } from '../../../shared/lib/dates';
import { deadlineStanding, formatDuration } from './countdown';

export type DeadlineTone = 'success' | 'warning' | 'error' | 'neutral';

export interface DeadlineFacts {
  dueAt: string;
  /** When the deadline was met, from the API; null while open. */
  metAt: string | null | undefined;
  /** The API's answer: it was met after the deadline (REP-2 isHeadNotificationLate, a REP-3 迟报 breach). */
  isMetLate: boolean;
  /** A closed case stops the clock. */
  closedAt: string | null | undefined;
  /** False when the API says this deadline does not apply (e.g. no police report required). */
  applies: boolean;
}

/** The words and colour for a deadline at `now`: countdown, overdue, or met. Display only. */
export function describeDeadline(
  facts: DeadlineFacts,
  nowMs: number,
  t: Translate,
): { text: string; tone: DeadlineTone; standing: string } {
  if (!facts.applies)
    return { text: t('incidents.deadline.notRequired'), tone: 'neutral', standing: 'NOT_REQUIRED' };
  const standing = deadlineStanding(facts.dueAt, { at: facts.metAt, isLate: facts.isMetLate }, nowMs);
  switch (standing.type) {
    case 'MET':
      return {
        text: t(standing.isLate ? 'incidents.deadline.metLate' : 'incidents.deadline.metOnTime', {
          at: formatDateTimeShort(standing.metAt),
        }),
        tone: standing.isLate ? 'error' : 'success',
        standing: standing.isLate ? 'MET_LATE' : 'MET',
      };
    case 'RUNNING': {
      if (facts.closedAt)
        return { text: t('incidents.deadline.notMetClosed'), tone: 'error', standing: 'NOT_MET_CLOSED' };
      const { days, clock } = formatDuration(standing.remainingMs);
      return {
        text:
          days > 0
            ? t('incidents.deadline.remainingDays', { days, clock })
            : t('incidents.deadline.remaining', { clock }),
        tone: 'warning',
        standing: 'RUNNING',
      };
    }
    case 'OVERDUE': {
      if (facts.closedAt)
        return { text: t('incidents.deadline.notMetClosed'), tone: 'error', standing: 'NOT_MET_CLOSED' };
      const { days, clock } = formatDuration(standing.overdueMs);
      return {
        text:
          days > 0
            ? t('incidents.deadline.overdueDays', { days, clock })
            : t('incidents.deadline.overdue', { clock }),
        tone: 'error',
        standing: 'OVERDUE',
      };
    }
    default:
      return standing satisfies never;
  }
}

export const TONE_COLOR: Record<DeadlineTone, string> = {
  success: 'success.main',
  warning: 'warning.dark',
  error: 'error.main',
  neutral: 'text.secondary',
};

/** REP-3: the police report was made late, as the server recorded it (迟报 on the school → police hop). */
export function isPoliceReportLate(incident: Pick<CaseSummaryFieldsFragment, 'breaches'>): boolean {
  return incident.breaches.some(
    (breach) => breach.code === 'LATE_REPORT' && breach.hop === 'SCHOOL_TO_POLICE',
  );
}
