import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { routePatterns } from '../../../app/paths';
import { startOfDayInstant } from '../../../shared/lib/dates';
import { buildRecordingLink, renderWithProviders } from '../../../shared/testing/render-with-providers';
import { TrainingPage } from './training.page';

const SESSION = {
  __typename: 'TrainingSession',
  id: 'session-1',
  topic: 'LAW_AND_ETHICS',
  heldAt: '2026-03-09T02:00:00.000Z',
  trainer: '区法院 李法官',
  organiserInstitutionName: '九龙坡区谢家湾小学',
  organiserUnit: null,
  attendeeCount: 12,
};

function renderPage(
  { canRecordSession, sessions = [SESSION] }: { canRecordSession: boolean; sessions?: unknown[] },
  recordAnswer: unknown = { __typename: 'TrainingSession', id: 'session-2' },
) {
  const { link, operations } = buildRecordingLink((operation) => {
    switch (operation.operationName) {
      case 'TrainingViewer':
        return {
          data: {
            trainingViewer: {
              __typename: 'TrainingViewer',
              canRecordSession,
              ownInstitutionId: canRecordSession ? 'inst-1' : null,
              canViewOverview: !canRecordSession,
            },
          },
        };
      case 'TrainingSessions':
        return { data: { trainingSessions: sessions } };
      case 'RecordTrainingSession':
        return { data: { recordTrainingSession: recordAnswer } };
      default:
        return { data: null };
    }
  });
  renderWithProviders(
    <Routes>
      <Route path={routePatterns.training} element={<TrainingPage />} />
      <Route path={routePatterns.trainingSession} element={<p data-testid="session-page">session</p>} />
    </Routes>,
    { link, route: '/training' },
  );
  return operations;
}

const fill = () => {
  fireEvent.change(screen.getByTestId('training-held-at'), { target: { value: '2026-03-09' } });
  fireEvent.change(screen.getByTestId('training-trainer'), { target: { value: '区法院 李法官' } });
};

describe('the training page (PRV-5)', () => {
  it('PRV-5: the organiser records a session and is taken to its attendance page', async () => {
    const operations = renderPage({ canRecordSession: true });
    const record = await screen.findByTestId('training-record');
    expect(record.hasAttribute('disabled')).toBe(true);
    fill();
    expect(record.hasAttribute('disabled')).toBe(false);
    fireEvent.click(record);
    expect(await screen.findByTestId('session-page')).toBeTruthy();
    const sent = operations.find((o) => o.operationName === 'RecordTrainingSession');
    expect(sent?.variables).toEqual({
      input: {
        topic: 'LAW_AND_ETHICS',
        heldAt: startOfDayInstant('2026-03-09'),
        trainer: '区法院 李法官',
        materials: null,
      },
    });
  });

  it('PRV-5: a refused session says why in Chinese (its own words, not the server’s) and stays on the page', async () => {
    renderPage({ canRecordSession: true }, { __typename: 'ValidationError', field: 'heldAt' });
    const record = await screen.findByTestId('training-record');
    fill();
    fireEvent.click(record);
    expect((await screen.findByTestId('training-refused')).textContent).toBe(
      '培训日期无效或在今天之后：请在培训举行后再登记。未保存。',
    );
    expect(screen.queryByTestId('session-page')).toBeNull();
  });

  it('PRV-5: a reader who organises nothing sees the sessions, without the form', async () => {
    renderPage({ canRecordSession: false });
    const [card] = await screen.findAllByTestId('training-session');
    expect(within(card).getByText('法治与师德培训')).toBeTruthy();
    expect(card.textContent).toContain('签到 12 人');
    expect(card.textContent).toContain('九龙坡区谢家湾小学');
    expect(card.querySelector('a')?.getAttribute('href')).toBe('/training/sessions/session-1');
    await waitFor(() => expect(screen.queryByTestId('training-record')).toBeNull());
  });

  it('PRV-5: with no sessions the page says what to do', async () => {
    renderPage({ canRecordSession: true, sessions: [] });
    expect(await screen.findByText('还没有培训记录。培训结束后，在上方登记并勾选签到人员。')).toBeTruthy();
  });
});
