import { screen, within } from '@testing-library/react';
import { buildRecordingLink, renderWithProviders } from '../../../shared/testing/render-with-providers';
import type { CaseDetail } from '../incidents.types';
import { CaseTimeline } from './case-timeline';

const { link } = buildRecordingLink(() => ({ data: null }));

type CaseEvent = CaseDetail['timeline'][number];
const buildEvent = (overrides: Partial<CaseEvent> = {}): CaseEvent => ({
  __typename: 'CaseEvent',
  kind: 'ALERT_SENT',
  at: '2026-03-02T05:02:00.000Z',
  actor: null,
  detail: 'HEAD_NOTIFICATION_MISSED',
  deadline: 'HEAD_NOTIFICATION',
  dueAt: '2026-03-02T02:12:00.000Z',
  deadlineOutcome: 'MISSED',
  ...overrides,
});

describe('case timeline', () => {
  it('REP-2: an alert sent three hours after the deadline shows when it was sent and, beside it, when the deadline fell due', () => {
    renderWithProviders(<CaseTimeline events={[buildEvent()]} />, { link });
    const row = screen.getByTestId('case-event');
    expect(row.textContent).toContain('2026-03-02 13:02');
    expect(row.textContent).toContain('系统发出提醒：负责人未按时确认，已告知安稳办');
    expect(row.textContent).toContain('告知学校负责人（REP-2）：超时');
    expect(within(row).getByTestId('case-event-due').textContent).toBe('时限 2026-03-02 10:12:00');
    expect(row.querySelector('time')?.getAttribute('dateTime')).toBe('2026-03-02T05:02:00.000Z');
  });

  it('REP-3: a reminder names the deadline it concerns without an outcome; an event without a deadline shows none', () => {
    renderWithProviders(
      <CaseTimeline
        events={[
          buildEvent({
            detail: 'POLICE_REPORT_REMINDER',
            deadline: 'POLICE_REPORT',
            dueAt: '2026-03-02T03:02:00.000Z',
            deadlineOutcome: null,
          }),
          buildEvent({
            kind: 'CLOSED',
            detail: 'RESOLVED',
            deadline: null,
            dueAt: null,
            deadlineOutcome: null,
          }),
        ]}
      />,
      { link },
    );
    const [reminder, closed] = screen.getAllByTestId('case-event');
    expect(reminder.textContent).toContain('向公安机关报案（REP-3）时限 2026-03-02 11:02:00');
    expect(within(closed).queryByTestId('case-event-due')).toBeNull();
  });
});
