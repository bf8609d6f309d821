import {
  CASE_LIST_ORDERS,
  CASE_LIST_PARAMS,
  CASE_LIST_STATES,
  parseCaseListParams,
} from './case-list-params';

const TZ = 'Asia/Shanghai';
const ID = '0b7c6c1e-2f55-4a8e-9d0b-6f0d1c2b3a4d';

describe('parseCaseListParams: the case list link (issue 10, contract 2)', () => {
  it('reads nothing as no narrowing, newest first', () => {
    expect(parseCaseListParams({}, TZ)).toEqual({
      ok: true,
      value: {
        institutionId: null,
        section: null,
        institutionKind: null,
        street: null,
        categories: null,
        recordedFrom: null,
        recordedBefore: null,
        states: null,
        status: null,
        hasBreach: null,
        breachCode: null,
        policeDeadlinePassed: null,
        order: 'RECORDED_AT_DESC',
      },
    });
  });

  it('REP-3, REP-4, ORG-1: reads every parameter; dates are whole days in the district’s zone, `to` inclusive', () => {
    const result = parseCaseListParams(
      {
        institution: ID,
        section: 'BASIC',
        kind: 'PRIMARY',
        street: ' 杨家坪街道 ',
        category: 'ABUSE,BULLYING_VIOLENCE',
        from: '2026-03-01',
        to: '2026-03-31',
        state: 'OPEN',
        status: 'IN_BREACH',
        breach: 'LATE_REPORT',
        overdue: '1',
        sort: 'POLICE_DUE_ASC',
      },
      TZ,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        institutionId: ID,
        section: 'BASIC',
        institutionKind: 'PRIMARY',
        street: '杨家坪街道',
        categories: ['ABUSE', 'BULLYING_VIOLENCE'],
        recordedFrom: new Date('2026-02-28T16:00:00Z'),
        recordedBefore: new Date('2026-03-31T16:00:00Z'),
        states: ['REPORTED', 'HEAD_NOTIFIED', 'POLICE_REPORTED'],
        status: 'IN_BREACH',
        hasBreach: null,
        breachCode: 'LATE_REPORT',
        policeDeadlinePassed: true,
        order: 'POLICE_DUE_ASC',
      },
    });
  });

  it('REP-4: breach ANY means any breach on record; CLOSED is the closed state; a month end rolls over', () => {
    const result = parseCaseListParams({ breach: 'ANY', state: 'CLOSED', to: '2026-12-31' }, TZ);
    expect(result.ok && result.value).toMatchObject({
      hasBreach: true,
      breachCode: null,
      states: ['CLOSED'],
      recordedBefore: new Date('2026-12-31T16:00:00Z'),
    });
  });

  it.each([
    [{ institution: 'x' }, 'institution'],
    [{ section: 'SAFETY' }, 'section'],
    [{ kind: 'CASTLE' }, 'kind'],
    [{ street: '街'.repeat(41) }, 'street'],
    [{ category: 'ABUSE,NOPE' }, 'category'],
    [{ from: '2026-02-30' }, 'from'],
    [{ from: '1 March' }, 'from'],
    [{ to: '2026-13-01' }, 'to'],
    [{ from: '2026-03-02', to: '2026-03-01' }, 'to'],
    [{ state: 'REPORTED' }, 'state'],
    [{ status: 'LATE' }, 'status'],
    [{ breach: 'SOMETIMES' }, 'breach'],
    [{ overdue: 'yes' }, 'overdue'],
    [{ sort: 'NAME' }, 'sort'],
  ])('refuses %j naming the parameter %s', (params, param) => {
    const result = parseCaseListParams(params, TZ);
    expect(result.ok ? null : result.param).toBe(param);
    expect(result.ok ? '' : result.message).not.toBe('');
  });

  it('a single day from = to is that whole day', () => {
    const result = parseCaseListParams({ from: '2026-03-01', to: '2026-03-01' }, TZ);
    expect(result.ok && [result.value.recordedFrom, result.value.recordedBefore]).toEqual([
      new Date('2026-02-28T16:00:00Z'),
      new Date('2026-03-01T16:00:00Z'),
    ]);
  });

  it('keeps the contract’s parameter names, and reads every order and state it offers', () => {
    expect(CASE_LIST_PARAMS).toEqual([
      'institution',
      'section',
      'kind',
      'street',
      'category',
      'from',
      'to',
      'state',
      'status',
      'breach',
      'overdue',
      'sort',
    ]);
    for (const sort of CASE_LIST_ORDERS) {
      const result = parseCaseListParams({ sort }, TZ);
      expect(result.ok && result.value.order).toBe(sort);
    }
    for (const state of CASE_LIST_STATES) expect(parseCaseListParams({ state }, TZ).ok).toBe(true);
  });
});
