import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { paths, routePatterns } from '../../../app/paths';
import type { RiskSubjectFieldsFragment } from '../../../gql/graphql';
import { buildRecordingLink, renderWithProviders } from '../../../shared/testing/render-with-providers';
import { buildRiskSubject } from '../testing/risk-subject-factories';
import type { PhotoUploadOutcome } from '../../photos/lib/photo-upload';
import { RiskSubjectPage } from './risk-subject.page';

// The photo upload (REST, XMLHttpRequest) finishes when the test says so.
const uploads: ((outcome: PhotoUploadOutcome) => void)[] = [];
jest.mock('../../photos/lib/photo-upload', () => ({
  ...jest.requireActual('../../photos/lib/photo-upload'),
  uploadPhoto: () => new Promise<PhotoUploadOutcome>((finish) => uploads.push(finish)),
}));

const photo = (id: string) => ({
  __typename: 'Photo' as const,
  id,
  url: `/api/photos/${id}`,
  thumbnailUrl: `/api/photos/${id}/thumbnail`,
  width: 640,
  height: 480,
});

function renderPage(
  subject: RiskSubjectFieldsFragment | null,
  answer?: (variables: Record<string, unknown>) => unknown,
) {
  const recording = buildRecordingLink((operation) =>
    operation.operationName === 'RiskSubject'
      ? { data: { riskSubject: subject } }
      : { data: (answer?.(operation.variables) ?? null) as Record<string, unknown> | null },
  );
  renderWithProviders(
    <Routes>
      <Route path={routePatterns.riskSubject} element={<RiskSubjectPage />} />
    </Routes>,
    { link: recording.link, route: paths.riskSubject(subject?.id ?? 'missing') },
  );
  return recording;
}

describe('risk subject page: shows exactly what the API gives', () => {
  it('PRV-3: the head sees the person’s identity, the routing with dates and the follow-up timeline', async () => {
    renderPage(buildRiskSubject());
    expect((await screen.findByTestId('risk-person-name')).textContent).toContain('司马常顺');
    const routing = screen.getByTestId('risk-routing');
    expect(routing.textContent).toContain('已报镇街');
    expect(routing.textContent).toContain('谢家湾街道办事处 · 2026-03-02');
    expect(routing.textContent).toContain('已报派出所');
    expect(screen.getByTestId('risk-follow-up').textContent).toContain('社区民警已上门走访');
    expect(screen.getByTestId('follow-up-form')).toBeTruthy();
    expect(screen.getByTestId('close-form')).toBeTruthy();
  });

  it('PRV-3: without the identity from the API, the page says it is need-to-know and shows no name', async () => {
    renderPage(
      buildRiskSubject(
        {
          person: null,
          location: null,
          followUps: [{ ...buildRiskSubject().followUps[0], note: null }],
        },
        { readPersonalData: false, recordFollowUp: false, close: false },
      ),
    );
    await screen.findByTestId('risk-person-hidden');
    expect(screen.queryByTestId('risk-person-name')).toBeNull();
    expect(document.body.textContent).not.toContain('司马常顺');
    expect(screen.getByTestId('risk-follow-up').textContent).toContain('内容仅限知情范围');
    expect(screen.queryByTestId('follow-up-form')).toBeNull();
    expect(screen.queryByTestId('close-form')).toBeNull();
  });

  it('PRV-3: a subject not yet referred asks for the referral in the follow-up form and names who is missing', async () => {
    renderPage(
      buildRiskSubject(
        {
          status: 'OPEN',
          referral: {
            __typename: 'RiskReferralView',
            townshipOffice: null,
            townshipReferredAt: null,
            policeStation: null,
            policeReferredAt: null,
            missingRecipients: ['TOWNSHIP_OR_STREET_OFFICE', 'LOCAL_POLICE_STATION'],
          },
        },
        { needsReferral: true },
      ),
    );
    const form = await screen.findByTestId('follow-up-form');
    expect(within(form).getByTestId('referral-township')).toBeTruthy();
    expect(screen.getByTestId('risk-routing').textContent).toContain('尚未报告：镇街、属地派出所');
  });

  it('PRV-3: a follow-up is sent with its day as an instant and the refusal is shown in words', async () => {
    const recording = renderPage(buildRiskSubject(), () => ({
      recordRiskFollowUp: {
        __typename: 'RiskSubjectStateError',
        code: 'INVALID_RISK_SUBJECT_STATE',
        reason: 'NOT_FROM_STATUS',
      },
    }));
    fireEvent.change(await screen.findByTestId('follow-up-day'), { target: { value: '2026-03-02' } });
    fireEvent.change(screen.getByTestId('follow-up-note'), { target: { value: '再次走访' } });
    fireEvent.click(screen.getByTestId('follow-up-submit'));
    await screen.findByText('当前状态不能进行这一步。');
    const sent = recording.operations.find((o) => o.operationName === 'RecordRiskFollowUp');
    expect(sent?.variables.input).toMatchObject({
      riskSubjectId: 'risk-1',
      followedUpAt: '2026-03-01T16:00:00.000Z',
      outcome: 'UNCHANGED',
      note: '再次走访',
      referral: null,
      photoIds: [],
    });
  });

  it('PRV-3: the timeline shows a follow-up’s photos; the form waits for an upload and sends the photo, a refused photo is said in words', async () => {
    const subject = buildRiskSubject();
    const recording = renderPage(
      { ...subject, followUps: [{ ...subject.followUps[0], photos: [photo('photo-1')] }] },
      () => ({
        recordRiskFollowUp: { __typename: 'ValidationError', code: 'VALIDATION_FAILED', field: 'photoIds' },
      }),
    );
    const strip = await screen.findByTestId('follow-up-photo-strip');
    expect(within(strip).getByRole('img').getAttribute('src')).toBe('/api/photos/photo-1/thumbnail');
    fireEvent.change(screen.getByTestId('follow-up-day'), { target: { value: '2026-03-02' } });
    fireEvent.change(screen.getByTestId('follow-up-note'), { target: { value: '再次走访' } });
    const file = new File(['jpeg'], 'gate.jpg', { type: 'image/jpeg' });
    fireEvent.change(within(screen.getByTestId('follow-up-photo-picker')).getByTestId('photo-camera-input'), {
      target: { files: [file] },
    });
    const submit = screen.getByTestId('follow-up-submit') as HTMLButtonElement;
    await waitFor(() => expect(submit.disabled).toBe(true));
    await act(async () => uploads.shift()!({ type: 'UPLOADED', photo: photo('photo-2') }));
    await waitFor(() => expect(submit.disabled).toBe(false));
    fireEvent.click(submit);
    await screen.findByText('照片未能添加（只能添加您本人刚上传的照片），请重新拍照后再保存。');
    const sent = recording.operations.find((o) => o.operationName === 'RecordRiskFollowUp');
    expect(sent?.variables.input).toMatchObject({ note: '再次走访', photoIds: ['photo-2'] });
  });

  it('PRV-3: a closed site shows its reason and no form; a missing one says so', async () => {
    renderPage(
      buildRiskSubject(
        {
          subjectType: 'RISK_SITE',
          siteType: 'INTERNET_CAFE',
          personType: null,
          person: null,
          site: {
            __typename: 'RiskSiteDetails',
            name: '星际网咖',
            address: '谢家湾正街 18 号',
            description: null,
          },
          status: 'CLOSED',
          closingReason: 'RISK_REMOVED',
          closedAt: '2026-03-03T02:00:00.000Z',
        },
        { recordFollowUp: false, close: false, closingReasons: [] },
      ),
    );
    expect((await screen.findByTestId('risk-closed')).textContent).toContain('风险已消除');
    expect(screen.getByTestId('risk-site').textContent).toContain('谢家湾正街 18 号');
    expect(screen.queryByTestId('follow-up-form')).toBeNull();
  });

  it('PRV-3: an unknown or hidden subject shows the not-found state', async () => {
    renderPage(null);
    await waitFor(() => expect(document.body.textContent).toContain('没有找到这条周边风险'));
  });
});
