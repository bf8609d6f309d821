import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { paths, routePatterns } from '../../../app/paths';
import type { AssessmentFieldsFragment } from '../../../gql/graphql';
import { buildRecordingLink, renderWithProviders } from '../../../shared/testing/render-with-providers';
import { buildAssessment } from '../testing/assessment-factories';
import { InstitutionAssessmentPage } from './institution-assessment.page';

function renderPage(assessment: AssessmentFieldsFragment) {
  const { link } = buildRecordingLink((operation) =>
    operation.operationName === 'Assessment' ? { data: { assessment } } : { data: null },
  );
  renderWithProviders(
    <Routes>
      <Route path={routePatterns.institutionAssessment} element={<InstitutionAssessmentPage />} />
    </Routes>,
    { link, route: paths.institutionAssessment('period-1', assessment.id) },
  );
}

describe('institution assessment page: shows exactly what viewerCan says', () => {
  it('ACC-5: the computed verdict shows every ground with its rules and clause, and every excluded case', async () => {
    renderPage(buildAssessment());
    const verdict = await screen.findByTestId('verdict');
    expect(verdict.textContent).toContain('判定：一票否决');
    const ground = within(verdict).getByTestId('veto-ground');
    expect(ground.textContent).toContain('瞒报');
    expect(ground.textContent).toContain('不良影响');
    expect(ground.textContent).toContain('规则：ACC-4、ACC-3、REP-4；条款：五(三)');
    expect(within(verdict).getByTestId('veto-excluded').textContent).toContain('保密案件（无权查看）');
    expect(within(verdict).getByTestId('veto-excluded').textContent).toContain('未造成不良影响或严重后果');
  });

  it('ACC-5: the head sees the statement form only when viewerCan allows it; no review, finding or sanction form', async () => {
    renderPage(buildAssessment({}, { canSubmitStatement: true }));
    await screen.findByTestId('statement-form');
    expect(screen.queryByTestId('review-form')).toBeNull();
    expect(screen.queryByTestId('finding-form')).toBeNull();
    expect(screen.queryByTestId('sanction-form')).toBeNull();
  });

  it('ACC-5, ACC-2: a leader sees the review form and, with options, the sanction form; never the statement form', async () => {
    renderPage(
      buildAssessment(
        {
          sanctionOptions: [
            { __typename: 'SanctionOptionView', sanction: 'WARNING', ruleId: 'ACC-2', clause: '五(三)' },
          ],
        },
        { canReviewVeto: true, canRecordSanction: true },
      ),
    );
    await screen.findByTestId('review-form');
    expect(screen.queryByTestId('sanction-form')).not.toBeNull();
    expect(screen.queryByTestId('statement-form')).toBeNull();
  });
});
