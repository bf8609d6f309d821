import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { buildRecordingLink, renderWithProviders } from '../../../shared/testing/render-with-providers';
import { TrainingCoveragePage } from './training-coverage.page';

const SCHOOL = { __typename: 'Institution', id: 'inst-1', name: '九龙坡区谢家湾小学', kind: 'PRIMARY' };

function renderPage({ head, route = '/training/coverage' }: { head: boolean; route?: string }) {
  const { link, operations } = buildRecordingLink((operation) => {
    switch (operation.operationName) {
      case 'TrainingViewer':
        return {
          data: {
            trainingViewer: {
              __typename: 'TrainingViewer',
              canRecordSession: head,
              ownInstitutionId: head ? 'inst-1' : null,
              canViewOverview: !head,
            },
          },
        };
      case 'TrainingCoverage':
        return {
          data: {
            trainingCoverage: {
              __typename: 'TrainingCoverage',
              institutionId: 'inst-1',
              institutionName: '九龙坡区谢家湾小学',
              audienceCount: 8,
              coveredCount: 5,
              share: 0.625,
              ruleIds: ['PRV-5'],
              // The server sends names to the head only.
              untrained: head
                ? [
                    {
                      __typename: 'UntrainedStaff',
                      staffId: 's1',
                      name: '黄秀英',
                      role: 'CLEANER',
                      post: '保洁员',
                    },
                    {
                      __typename: 'UntrainedStaff',
                      staffId: 's2',
                      name: '刘强',
                      role: 'SECURITY_GUARD',
                      post: '保安',
                    },
                  ]
                : null,
            },
          },
        };
      case 'TrainingCoverageOverview':
        return {
          data: {
            trainingCoverageOverview: [
              {
                __typename: 'InstitutionTrainingCoverage',
                institutionId: 'inst-2',
                institutionName: '九龙坡区杨家坪幼儿园',
                audienceCount: 10,
                coveredCount: 0,
                share: 0,
              },
              {
                __typename: 'InstitutionTrainingCoverage',
                institutionId: 'inst-1',
                institutionName: '九龙坡区谢家湾小学',
                audienceCount: 8,
                coveredCount: 5,
                share: 0.625,
              },
            ],
          },
        };
      case 'Institutions':
        return {
          data: {
            institutions: {
              __typename: 'InstitutionConnection',
              totalCount: 1,
              edges: [
                {
                  __typename: 'InstitutionEdge',
                  cursor: 'c1',
                  node: { ...SCHOOL, address: null, headName: null, supervisingSection: null },
                },
              ],
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            },
          },
        };
      case 'Institution':
        return { data: { institution: null } };
      default:
        return { data: null };
    }
  });
  renderWithProviders(<TrainingCoveragePage />, { link, route });
  return operations;
}

describe('the coverage page (PRV-5, PRV-9, PRV-10)', () => {
  it('PRV-5: the head sees her own institution’s figures and the untrained by name, with an export of her institution', async () => {
    const operations = renderPage({ head: true });
    expect((await screen.findByTestId('coverage-figures')).textContent).toBe(
      '应训 8 人，已训 5 人，覆盖率 63%',
    );
    expect(screen.getAllByTestId('untrained-member').map((m) => m.textContent)).toEqual([
      '黄秀英 · 保洁员',
      '刘强 · 保安',
    ]);
    expect(screen.getByText('导出 Excel').closest('a')?.getAttribute('href')).toBe(
      '/api/training/coverage/export?topic=LAW_AND_ETHICS&institution=inst-1',
    );
    expect(screen.queryByTestId('coverage-row')).toBeNull();
    expect(operations.some((o) => o.operationName === 'TrainingCoverageOverview')).toBe(false);
  });

  it('PRV-10: the topic is chosen on the page and asked of the server', async () => {
    const operations = renderPage({
      head: true,
      route: '/training/coverage?topic=BULLYING_PREVENTION_FOR_HEAD_TEACHERS',
    });
    await screen.findByTestId('coverage-figures');
    expect(operations.find((o) => o.operationName === 'TrainingCoverage')?.variables).toEqual({
      institutionId: 'inst-1',
      topic: 'BULLYING_PREVENTION_FOR_HEAD_TEACHERS',
    });
    fireEvent.mouseDown(within(screen.getByTestId('coverage-topic').parentElement!).getByRole('combobox'));
    fireEvent.click(await screen.findByRole('option', { name: '教职工心理健康培训' }));
    await waitFor(() =>
      expect(
        operations.some(
          (o) => o.operationName === 'TrainingCoverage' && o.variables.topic === 'STAFF_MENTAL_HEALTH',
        ),
      ).toBe(true),
    );
  });

  it('PRV-5: a district reader sees counts per institution in the server’s order, and an export without an institution', async () => {
    renderPage({ head: false });
    const rows = await screen.findAllByTestId('coverage-row');
    expect(rows.map((r) => r.textContent)).toEqual([
      '九龙坡区杨家坪幼儿园应训 10 人，已训 0 人，覆盖率 0%',
      '九龙坡区谢家湾小学应训 8 人，已训 5 人，覆盖率 63%',
    ]);
    expect(screen.getByText('导出 Excel').closest('a')?.getAttribute('href')).toBe(
      '/api/training/coverage/export?topic=LAW_AND_ETHICS',
    );
    expect(screen.queryByTestId('coverage-figures')).toBeNull();
  });

  it('PRV-5: a district reader who picks an institution sees its counts, never names', async () => {
    renderPage({ head: false, route: '/training/coverage?institution=inst-1' });
    expect((await screen.findByTestId('coverage-figures')).textContent).toBe(
      '应训 8 人，已训 5 人，覆盖率 63%',
    );
    expect(screen.queryByTestId('untrained-member')).toBeNull();
    expect(screen.queryByText('本学年未参加培训的人员')).toBeNull();
  });
});
