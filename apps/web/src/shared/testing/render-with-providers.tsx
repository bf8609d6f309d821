import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { render } from '@testing-library/react';
import type { FormattedExecutionResult } from 'graphql';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { Observable } from 'rxjs';
import type { ViewerFieldsFragment } from '../../gql/graphql';
import { I18nProvider, type Language } from '../../i18n/i18n';

/** A link that answers every operation with `respond` and records what was sent. */
export function buildRecordingLink(
  respond: (operation: ApolloLink.Operation) => FormattedExecutionResult | Error,
) {
  const operations: ApolloLink.Operation[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        operations.push(operation);
        const answer = respond(operation);
        if (answer instanceof Error) {
          observer.error(answer);
        } else {
          observer.next(answer);
          observer.complete();
        }
      }),
  );
  return { link, operations };
}

export function buildViewer(overrides: Partial<ViewerFieldsFragment> = {}): ViewerFieldsFragment {
  return {
    __typename: 'Viewer',
    id: 'viewer-1',
    username: 'teacher',
    displayName: '张老师',
    role: 'TEACHER',
    unit: null,
    permissions: ['VIEW_INSTITUTIONS', 'VIEW_RESPONSIBILITY_MATRIX'],
    home: 'OWN_CASES',
    canExportCases: false,
    canOpenDeveloperPage: false,
    institution: { __typename: 'Institution', id: 'inst-1', name: '九龙坡区谢家湾小学', kind: 'PRIMARY' },
    ...overrides,
  };
}

export function renderWithProviders(
  ui: ReactNode,
  {
    link,
    language = 'zh-CN',
    route = '/',
    client = new ApolloClient({ link, cache: new InMemoryCache() }),
  }: { link: ApolloLink; language?: Language; route?: string; client?: ApolloClient },
) {
  const result = render(
    <I18nProvider initialLanguage={language}>
      <ApolloProvider client={client}>
        <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
      </ApolloProvider>
    </I18nProvider>,
  );
  return { ...result, client };
}
