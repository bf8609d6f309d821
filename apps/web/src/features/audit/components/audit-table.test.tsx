import { screen } from '@testing-library/react';
import type { AuditEventsQuery } from '../../../gql/graphql';
import { buildRecordingLink, renderWithProviders } from '../../../shared/testing/render-with-providers';
import { AuditTable } from './audit-table';

type Row = AuditEventsQuery['auditEvents']['edges'][number]['node'];

const row = (overrides: Partial<Row>): Row => ({
  __typename: 'AuditEvent',
  id: '1',
  occurredAt: '2026-03-02T02:00:00.000Z',
  actorUsername: 'head.primary',
  actorName: '刘文静（谢家湾小学校长）',
  action: 'incident.acknowledge',
  targetType: 'incident',
  targetId: 'd419f00a-1111-4222-8333-444455556666',
  targetName: null,
  outcome: 'OK',
  ...overrides,
});

function renderTable(events: Row[], language: 'zh-CN' | 'en' = 'zh-CN') {
  const { link } = buildRecordingLink(() => ({ data: {} }));
  renderWithProviders(<AuditTable events={events} />, { link, language });
  return screen.getAllByTestId('audit-row');
}

describe('audit table (issue 10: names, not ids)', () => {
  it('shows the actor’s name and the action’s name in the viewer’s language', () => {
    const [first] = renderTable([row({})]);
    expect(first!.textContent).toContain('刘文静（谢家湾小学校长）');
    expect(first!.textContent).toContain('确认接收案件');
    expect(first!.textContent).not.toContain('incident.acknowledge');
    // A case has no name: its kind and a short id, never the full id or anything about the child.
    expect(first!.textContent).toContain('案件 #d419f00a');
    expect(first!.textContent).not.toContain('4222-8333');
  });

  it('shows a named target by its name, and an anonymous attempt as the system', () => {
    const [named, anonymous] = renderTable([
      row({ id: '2', action: 'account.disable', targetType: 'account', targetName: '谢家湾小学 王老师' }),
      row({
        id: '3',
        actorUsername: null,
        actorName: null,
        action: 'signIn',
        targetType: null,
        targetId: null,
      }),
    ]);
    expect(named!.textContent).toContain('账户：谢家湾小学 王老师');
    expect(anonymous!.textContent).toContain('系统 / 未登录');
  });

  it('speaks English when the viewer chose it', () => {
    const [first] = renderTable([row({ action: 'signIn' })], 'en');
    expect(first!.textContent).toContain('Case #d419f00a');
    expect(first!.textContent).not.toContain('登录');
  });
});
