import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ApolloLink } from '@apollo/client';
import { ViewerProvider } from '../../auth/hooks/use-viewer';
import type { Language } from '../../../i18n/i18n';
import { dayOfInstant } from '../../../shared/lib/dates';
import {
  buildRecordingLink,
  buildViewer,
  renderWithProviders,
} from '../../../shared/testing/render-with-providers';
import { buildApiClient } from '../testing/api-client-factories';
import { ApiClientsPage } from './api-clients.page';

const TOKEN = `xh_${'k'.repeat(43)}`;
const admin = buildViewer({
  role: 'ADMIN',
  institution: null,
  permissions: ['MANAGE_ACCOUNTS', 'MANAGE_API_CLIENTS'],
});

const NO_INSTITUTIONS = {
  data: { institutions: { __typename: 'InstitutionConnection', edges: [] } },
};

function renderPage(respond: Parameters<typeof buildRecordingLink>[0], language: Language = 'zh-CN') {
  // The create dialog's institution picker asks for choices: none here.
  const recording = buildRecordingLink((operation) =>
    operation.operationName === 'AccountInstitutionChoices' ? NO_INSTITUTIONS : respond(operation),
  );
  renderWithProviders(
    <ViewerProvider viewer={admin}>
      <ApiClientsPage />
    </ViewerProvider>,
    { link: recording.link as ApolloLink, language },
  );
  return recording;
}

const issued = (client = buildApiClient()) => ({
  __typename: 'ApiClientTokenIssued',
  token: TOKEN,
  expiresAt: '2026-05-31T02:00:00.000Z',
  client,
});

const today = dayOfInstant(new Date().toISOString());

describe('API clients page 接口客户端', () => {
  it('lists each client with its scope, status, last call and today’s calls; actions only where the server allows', async () => {
    renderPage(() => ({
      data: {
        apiClients: [
          buildApiClient({ usage: [{ __typename: 'ApiClientUsageDay', day: today, calls: 42, refused: 3 }] }),
          buildApiClient({
            id: 'client-2',
            name: '市数据中心',
            status: 'REVOKED',
            lastUsedAt: null,
            viewerCan: { __typename: 'ApiClientViewerCan', rotate: false, revoke: false },
          }),
        ],
      },
    }));
    const rows = await screen.findAllByTestId('api-client-row');
    expect(rows).toHaveLength(2);
    expect(rows[0].textContent).toContain('区智慧校园平台');
    expect(rows[0].textContent).toContain('只读');
    expect(rows[0].textContent).toContain('2026-03-02 10:30:00');
    expect(within(rows[0]).getByTestId('api-client-usage').textContent).toBe('42 / 3');
    expect(within(rows[0]).getByTestId('api-client-status').textContent).toBe('可用');
    expect(within(rows[0]).getByTestId('api-client-rotate')).toBeTruthy();
    expect(rows[1].textContent).toContain('从未调用');
    expect(within(rows[1]).getByTestId('api-client-status').textContent).toBe('已吊销');
    expect(within(rows[1]).queryByTestId('api-client-rotate')).toBeNull();
    expect(within(rows[1]).queryByTestId('api-client-revoke')).toBeNull();
  });

  it('creates a client read-only by default and shows its token once, with a warning and a copy button', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    const recording = renderPage((operation) =>
      operation.operationName === 'CreateApiClient'
        ? { data: { createApiClient: issued() } }
        : { data: { apiClients: [] } },
    );
    await screen.findByText('还没有接口客户端');
    fireEvent.click(screen.getByTestId('api-client-create'));
    fireEvent.change(screen.getByTestId('api-client-name'), { target: { value: '区智慧校园平台' } });
    fireEvent.click(screen.getByTestId('create-api-client-submit'));
    const dialog = await screen.findByTestId('issued-token-dialog');
    expect(within(dialog).getByTestId('issued-token').textContent).toBe(TOKEN);
    expect(dialog.textContent).toContain('令牌只显示这一次');
    const create = recording.operations.find((o) => o.operationName === 'CreateApiClient');
    expect(create?.variables.input).toMatchObject({
      name: '区智慧校园平台',
      role: 'SECTION_MEMBER',
      canWrite: false,
      isDesignatedCaseOfficer: false,
      tokenDays: 90,
      rateLimitPerMinute: 60,
    });
    fireEvent.click(within(dialog).getByTestId('issued-token-copy'));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(TOKEN));
    fireEvent.click(within(dialog).getByTestId('issued-token-close'));
    await waitFor(() => expect(screen.queryByText(TOKEN)).toBeNull());
  });

  it('REP-7: shows the server’s refusal of a designated officer’s need-to-know outside 安稳办', async () => {
    renderPage((operation) =>
      operation.operationName === 'CreateApiClient'
        ? {
            data: {
              createApiClient: {
                __typename: 'ValidationError',
                code: 'VALIDATION_FAILED',
                message: 'Only a SAFETY member',
                field: 'isDesignatedCaseOfficer',
              },
            },
          }
        : { data: { apiClients: [] } },
    );
    await screen.findByText('还没有接口客户端');
    fireEvent.click(screen.getByTestId('api-client-create'));
    fireEvent.change(screen.getByTestId('api-client-name'), { target: { value: '错误范围' } });
    fireEvent.click(screen.getByTestId('create-api-client-submit'));
    expect((await screen.findByTestId('create-api-client-refusal')).textContent).toContain(
      '只有安稳办科室人员的范围',
    );
    expect(screen.queryByTestId('issued-token-dialog')).toBeNull();
  });

  it('rotates after confirmation and shows the new token once', async () => {
    const recording = renderPage((operation) =>
      operation.operationName === 'RotateApiClientToken'
        ? { data: { rotateApiClientToken: issued() } }
        : { data: { apiClients: [buildApiClient()] } },
    );
    fireEvent.click(await screen.findByTestId('api-client-rotate'));
    const confirm = screen.getByTestId('api-client-confirm');
    expect(confirm.textContent).toContain('24 小时内仍然有效');
    expect(recording.operations.some((o) => o.operationName === 'RotateApiClientToken')).toBe(false);
    fireEvent.click(within(confirm).getByTestId('api-client-confirm-confirm'));
    expect((await screen.findByTestId('issued-token')).textContent).toBe(TOKEN);
    expect(recording.operations.find((o) => o.operationName === 'RotateApiClientToken')?.variables).toEqual({
      input: { clientId: 'client-1' },
    });
  });

  it('revokes after confirmation, in English', async () => {
    const recording = renderPage(
      (operation) =>
        operation.operationName === 'RevokeApiClient'
          ? {
              data: {
                revokeApiClient: buildApiClient({
                  status: 'REVOKED',
                  viewerCan: { __typename: 'ApiClientViewerCan', rotate: false, revoke: false },
                }),
              },
            }
          : { data: { apiClients: [buildApiClient()] } },
      'en',
    );
    fireEvent.click(await screen.findByTestId('api-client-revoke'));
    const confirm = screen.getByTestId('api-client-confirm');
    expect(confirm.textContent).toContain('Every token of this client stops at once');
    fireEvent.click(within(confirm).getByTestId('api-client-confirm-confirm'));
    expect((await screen.findByTestId('api-client-notice')).textContent).toContain(
      '“区智慧校园平台” is revoked.',
    );
    expect(recording.operations.find((o) => o.operationName === 'RevokeApiClient')?.variables).toEqual({
      input: { clientId: 'client-1' },
    });
    expect(screen.getByTestId('api-client-status').textContent).toBe('Revoked');
  });
});
