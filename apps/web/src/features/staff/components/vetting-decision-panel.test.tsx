import { screen } from '@testing-library/react';
import { buildRecordingLink, renderWithProviders } from '../../../shared/testing/render-with-providers';
import { buildVettingDecision } from '../testing/staff-factories';
import { VettingDecisionPanel } from './vetting-decision-panel';

const { link } = buildRecordingLink(() => ({ data: null }));

describe('vetting decision panel', () => {
  it('INCOMPLETE: lists every missing check with who records it and the rule', () => {
    renderWithProviders(
      <VettingDecisionPanel
        decision={buildVettingDecision({
          missing: [
            {
              __typename: 'RequiredCheck',
              check: 'TEACHER_ENTRY_SYSTEM',
              recordedBy: 'PERSONNEL',
              ruleId: 'VET-2',
              clause: '三',
              viewerCanRecord: false,
            },
          ],
        })}
      />,
      { link },
    );
    expect(screen.getByTestId('vetting-status').textContent).toContain('核查未完成');
    const missing = screen.getByTestId('vetting-missing-check');
    expect(missing.textContent).toContain('教师入职查询系统查询');
    expect(missing.textContent).toContain('负责记录：人事科');
    expect(missing.textContent).toContain('规则 VET-2');
    expect(missing.textContent).not.toContain('您可记录');
  });

  it('VET-1: BLOCKED shows the blocking rule and that it is final', () => {
    renderWithProviders(
      <VettingDecisionPanel
        decision={buildVettingDecision({
          status: 'BLOCKED',
          blocking: [
            {
              __typename: 'VettingBlock',
              code: 'RECORD_FOUND',
              check: 'CRIMINAL_DATABASE',
              ruleId: 'VET-1',
              clause: '四(五)',
            },
          ],
        })}
      />,
      { link },
    );
    expect(screen.getByTestId('vetting-status').textContent).toContain('不得录用');
    expect(screen.getByTestId('vetting-block').textContent).toContain('VET-1');
    expect(screen.getByTestId('vetting-block').textContent).toContain('一律不得录用');
    expect(screen.getByTestId('vetting-decision').textContent).toContain('不可撤销');
    expect(screen.queryByTestId('vetting-missing')).toBeNull();
  });
});
