import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nProvider, useT } from '../../../i18n/i18n';
import { buildCase } from '../testing/build-case';
import { outcomeMessage } from './outcome-message';
import { useIncidentLabels } from './use-incident-labels';

function useMessages() {
  return { t: useT(), labels: useIncidentLabels() };
}

const wrapper = ({ children }: { children: ReactNode }) => (
  <I18nProvider initialLanguage="zh-CN">{children}</I18nProvider>
);

describe('outcome messages (zh-CN)', () => {
  const { result } = renderHook(useMessages, { wrapper });
  const say = (outcome: Parameters<typeof outcomeMessage>[0]) =>
    outcomeMessage(outcome, result.current.t, result.current.labels);

  it('REP-4: says the refused close was recorded only when the API recorded a breach', () => {
    expect(say({ type: 'REFUSED', refusal: 'POLICE_REPORT_REQUIRED', breachRecorded: 'OMISSION' })).toBe(
      '本案必须先向公安机关报案才能结案（REP-4）。本次尝试已记录为“漏报”违规。',
    );
    expect(say({ type: 'REFUSED', refusal: 'INCIDENT_CLOSED', breachRecorded: null })).toBe(
      '案件已结案，不能再操作。',
    );
  });

  it('REP-3: names the time problem the API found', () => {
    expect(say({ type: 'TIME_REFUSED', problem: 'POLICE_REPORT_BEFORE_RECEIPT', field: 'reportedAt' })).toBe(
      '报案时间不能早于接收时间。',
    );
  });

  it('says nothing when the action went through, and tells not-found from forbidden', () => {
    expect(say({ type: 'DONE', case: buildCase() })).toBeNull();
    expect(say({ type: 'NOT_FOUND' })).toBe('找不到该案件，或您无权查看。');
    expect(say({ type: 'FORBIDDEN', ruleId: null })).toBe('您可以查看本案，但无权进行此项操作。');
    expect(say({ type: 'FORBIDDEN', ruleId: 'REP-11' })).toBe(
      '您可以查看本案，但无权进行此项操作（REP-11）。',
    );
  });
});
