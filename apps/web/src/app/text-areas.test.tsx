import { TEXT_LIMITS, type TextField } from '@xiaohu/domain';
import { fireEvent, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { FindingForm, StatementForm } from '../features/assessment/components/assessment-forms';
import { ReviewForm, SanctionForm } from '../features/assessment/components/decision-forms';
import { buildAssessment } from '../features/assessment/testing/assessment-factories';
import { DisclosureForm } from '../features/incidents/forms/disclosure-form';
import { CloseCaseForm } from '../features/incidents/forms/close-case-form';
import { ExternalSourceForm } from '../features/incidents/forms/external-source-form';
import { WelfareNoteForm } from '../features/incidents/forms/welfare-note-form';
import { NextStepForm } from '../features/incidents/components/bullying-steps-panel';
import { buildClosingReasonsAfterPoliceReport } from '../features/incidents/testing/build-case';
import { DecideMisconductForm } from '../features/staff/forms/decide-misconduct-form';
import { InterviewForm } from '../features/staff/forms/interview-form';
import { OpenMisconductForm } from '../features/staff/forms/open-misconduct-form';
import { buildRecordingLink, renderWithProviders } from '../shared/testing/render-with-providers';

const NOW = new Date('2026-03-02T02:40:00.000Z');
const now = () => NOW;
// A leader deciding an interview 约谈 (ACC-2): its attendees and minutes are text areas.
const interviewAllowed = buildAssessment({
  sanctionOptions: [
    { __typename: 'SanctionOptionView', sanction: 'INTERVIEW', ruleId: 'ACC-2', clause: '五(三)' },
  ],
});

// Every free-text area of the app, the field of TEXT_LIMITS it takes, and the form it sits in.
const TEXT_AREAS: { name: string; limit: TextField; testId: string; form: ReactNode }[] = [
  {
    name: 'the child’s statement (REP-1)',
    limit: 'childStatement',
    testId: 'disclosure-child-statement',
    form: <DisclosureForm onRecorded={() => undefined} now={now} />,
  },
  {
    name: 'the welfare note (REP-10)',
    limit: 'welfareNote',
    testId: 'welfare-concern-note',
    form: <WelfareNoteForm caseId="case-1" now={now} />,
  },
  {
    name: 'the bullying step’s note (PRV-10)',
    limit: 'welfareNote',
    testId: 'bullying-note',
    form: (
      <NextStepForm
        nextStep="INVESTIGATION"
        now={now}
        steps={{
          __typename: 'BullyingSteps',
          caseId: 'case-1',
          nextStep: 'INVESTIGATION',
          viewerCan: { __typename: 'BullyingStepsViewerCan', recordStep: true },
          steps: [],
        }}
      />
    ),
  },
  {
    name: 'the closing note (REP-4)',
    limit: 'closingNote',
    testId: 'close-note',
    form: <CloseCaseForm caseId="case-1" reasons={buildClosingReasonsAfterPoliceReport()} />,
  },
  {
    name: 'the external source note (REP-8)',
    limit: 'externalSourceNote',
    testId: 'external-note',
    form: <ExternalSourceForm caseId="case-1" now={now} />,
  },
  {
    name: 'the misconduct facts (VET-11)',
    limit: 'misconductFacts',
    testId: 'misconduct-facts',
    form: <OpenMisconductForm staffId="staff-1" onOpened={() => undefined} />,
  },
  {
    name: 'the misconduct investigation (VET-11)',
    limit: 'misconductInvestigation',
    testId: 'misconduct-investigation',
    form: <DecideMisconductForm staffId="staff-1" caseId="m-1" openedAt="2026-03-01T02:00:00.000Z" />,
  },
  {
    name: 'the interview notes (VET-10)',
    limit: 'interviewNotes',
    testId: 'interview-notes',
    form: <InterviewForm staffId="staff-1" interviewer="刘园长" onRecorded={() => undefined} />,
  },
  {
    name: 'the assessment finding (ACC-1)',
    limit: 'assessmentFinding',
    testId: 'finding-text',
    form: <FindingForm assessment={buildAssessment()} />,
  },
  {
    name: 'the statement 申辩 (ACC-5)',
    limit: 'vetoStatement',
    testId: 'statement-text',
    form: <StatementForm assessmentId="assessment-1" />,
  },
  {
    name: 'the review reason (ACC-5)',
    limit: 'vetoReviewReason',
    testId: 'review-reason',
    form: <ReviewForm assessmentId="assessment-1" />,
  },
  {
    name: 'the interview attendees (ACC-2)',
    limit: 'interviewAttendees',
    testId: 'sanction-attendees',
    form: <SanctionForm assessment={interviewAllowed} />,
  },
  {
    name: 'the interview minutes (ACC-2)',
    limit: 'interviewMinutes',
    testId: 'sanction-minutes',
    form: <SanctionForm assessment={interviewAllowed} />,
  },
];

describe('text areas show a counter and refuse more than TEXT_LIMITS', () => {
  it.each(TEXT_AREAS)(
    '$name: counts up to TEXT_LIMITS.$limit and refuses one character more',
    async (area) => {
      const max = TEXT_LIMITS[area.limit];
      const { link, operations } = buildRecordingLink(() => ({ data: null }));
      renderWithProviders(area.form, { link });
      const counter = screen.getByTestId(`${area.testId}-counter`);
      expect(counter.textContent).toBe(`0 / ${max}`);

      const textArea = screen.getByTestId(area.testId);
      fireEvent.change(textArea, { target: { value: '字'.repeat(max) } });
      expect((await screen.findByText(`${max} / ${max}`)).getAttribute('data-too-long')).toBe('false');

      // One more is refused before anything is sent, with the limit in the message; nothing is cut short.
      fireEvent.change(textArea, { target: { value: '字'.repeat(max + 1) } });
      expect((await screen.findByText(`${max + 1} / ${max}`)).getAttribute('data-too-long')).toBe('true');
      const form = textArea.closest('form');
      if (!form) throw new Error(`${area.testId} is not in a form`);
      fireEvent.submit(form);
      expect(await screen.findByText(`内容过长，最多 ${max} 字`)).toBeTruthy();
      expect((textArea as HTMLTextAreaElement).value).toHaveLength(max + 1);
      expect(operations.filter((operation) => operation.query.definitions.some(isMutation))).toHaveLength(0);
    },
  );
});

const isMutation = (definition: { kind: string; operation?: string }) =>
  definition.kind === 'OperationDefinition' && definition.operation === 'mutation';
