import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useT } from '../../../i18n/i18n';
import { formatDateTimeShort } from '../../../shared/lib/dates';
import { Fact, FactList } from '../../../shared/ui/fact-list';
import { WelfareNoteForm } from '../forms/welfare-note-form';
import type { CasePageCase, WelfareNote } from '../incidents.types';
import { CaseSection } from './case-section';
import { RuleText } from '../../../shared/rules/rule-info';

/**
 * REP-10: the child's psychological-concern notes, oldest first, and the form to add one. The API sends
 * null outside the need-to-know group (REP-7), which shows only that the notes are restricted.
 */
export function WelfareNotesSection({ incident }: { incident: CasePageCase }) {
  const t = useT();
  const notes = incident.welfareNotes;
  const canRecord = incident.viewerCan.canRecordWelfareNote;
  return (
    <CaseSection
      title={t('incidents.welfare.title')}
      hint={t('incidents.welfare.hint')}
      testId="case-welfare"
    >
      {notes === null || notes === undefined ? (
        <Typography color="text.secondary" data-testid="welfare-restricted">
          <RuleText>{t('incidents.welfare.restricted')}</RuleText>
        </Typography>
      ) : notes.length === 0 ? (
        <Typography color="text.secondary" sx={{ mb: 2 }} data-testid="welfare-empty">
          {canRecord ? t('incidents.welfare.emptyCanRecord') : t('incidents.welfare.emptyCannotRecord')}
        </Typography>
      ) : (
        <Stack spacing={2} divider={<Divider flexItem />} sx={{ mb: 3 }} data-testid="welfare-notes">
          {notes.map((note) => (
            <WelfareNoteFacts key={note.id} note={note} />
          ))}
        </Stack>
      )}
      {notes && canRecord ? (
        <>
          <Typography variant="subtitle1" component="h3" gutterBottom>
            {t('incidents.welfare.form.title')}
          </Typography>
          <WelfareNoteForm caseId={incident.id} />
        </>
      ) : null}
    </CaseSection>
  );
}

function WelfareNoteFacts({ note }: { note: WelfareNote }) {
  const t = useT();
  return (
    <FactList testId="welfare-note" rowGap={1}>
      <Fact label={t('incidents.welfare.recordedAt')}>{formatDateTimeShort(note.recordedAt)}</Fact>
      <Fact label={t('incidents.welfare.recordedBy')}>{note.recordedBy.displayName}</Fact>
      <Fact label={t('incidents.welfare.concernNote')} hasLineBreaks>
        {note.concernNote}
      </Fact>
      <Fact label={t('incidents.welfare.guardianToldAt')} testId="welfare-guardian-told">
        {note.guardianToldAt
          ? formatDateTimeShort(note.guardianToldAt)
          : t('incidents.welfare.guardianNotTold')}
      </Fact>
      <Fact label={t('incidents.welfare.isStudySuspended')} testId="welfare-study-suspended">
        {note.isStudySuspended ? t('incidents.welfare.yes') : t('incidents.welfare.no')}
      </Fact>
    </FactList>
  );
}
