import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { CareRecordsFieldsFragment, PlanLessonTopic } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { useRecordTeachingPlan } from '../hooks/use-care-mutations';
import { dayOf, lastDayBefore, today } from './care-format';
import { DayField, FormDialog, refusalText } from './form-dialog';

const TOPICS: readonly PlanLessonTopic[] = ['MENTAL_HEALTH', 'PUBERTY'];

/** PRV-7: this term's mental-health and puberty lessons per class; a class short of the minimum stands out. */
export function TeachingPlanSection({ records }: { records: CareRecordsFieldsFragment }) {
  const t = useT();
  const plan = records.teachingPlan;
  const [isAdding, setIsAdding] = useState(false);
  return (
    <Stack spacing={2}>
      <Typography variant="body2" color="text.secondary">
        {t('careRecords.plan.term', {
          start: dayOf(plan.termStart),
          end: lastDayBefore(plan.termEnd),
          min: plan.minLessonsPerClass,
        })}
      </Typography>
      {records.viewerCan.recordTeachingPlan && plan.classes.length > 0 ? (
        <Box>
          <Button
            variant="contained"
            onClick={() => setIsAdding(true)}
            data-testid="plan-add"
            sx={{ minHeight: 44 }}
          >
            {t('careRecords.plan.add')}
          </Button>
        </Box>
      ) : null}
      {plan.classes.length === 0 ? (
        <Typography color="text.secondary">{t('careRecords.plan.empty')}</Typography>
      ) : null}
      <Box sx={{ display: 'grid', gap: 1, gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))' }}>
        {plan.classes.map((c) => (
          <Card
            key={c.classId}
            variant="outlined"
            data-testid="plan-class"
            sx={{ borderColor: c.isShort ? 'error.main' : 'divider', borderWidth: c.isShort ? 2 : 1 }}
          >
            <CardContent>
              <Typography variant="subtitle2">{c.className}</Typography>
              <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mt: 0.5 }}>
                <Chip size="small" label={t('careRecords.plan.lessons', { count: c.lessons })} />
                {c.isShort ? (
                  <Chip
                    size="small"
                    color="error"
                    label={t('careRecords.plan.short')}
                    data-testid="plan-short"
                  />
                ) : null}
              </Box>
            </CardContent>
          </Card>
        ))}
      </Box>
      {isAdding ? <PlanDialog records={records} onClose={() => setIsAdding(false)} /> : null}
    </Stack>
  );
}

function PlanDialog({ records, onClose }: { records: CareRecordsFieldsFragment; onClose: () => void }) {
  const t = useT();
  const { save, loading } = useRecordTeachingPlan();
  const [classId, setClassId] = useState(records.teachingPlan.classes[0]?.classId ?? '');
  const [topic, setTopic] = useState<PlanLessonTopic>('MENTAL_HEALTH');
  const [lessons, setLessons] = useState('1');
  const [day, setDay] = useState(today());
  const [refusal, setRefusal] = useState<string | null>(null);
  const labels = { lessons: t('careRecords.plan.count'), plannedOn: t('careRecords.plan.date') };
  const submit = async () => {
    const outcome = await save({ classId, topic, lessons: Number(lessons), plannedOn: day });
    if (outcome.type === 'SAVED') onClose();
    else setRefusal(refusalText(t, outcome, 'careRecords', labels));
  };
  return (
    <FormDialog
      title={t('careRecords.plan.add')}
      busy={loading}
      refusal={refusal}
      onSubmit={() => void submit()}
      onClose={onClose}
      testId="plan-form"
      saveLabel={t('careRecords.save')}
      cancelLabel={t('careRecords.cancel')}
    >
      <TextField
        select
        label={t('careRecords.plan.class')}
        value={classId}
        onChange={(e) => setClassId(e.target.value)}
      >
        {records.teachingPlan.classes.map((c) => (
          <MenuItem key={c.classId} value={c.classId}>
            {c.className}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        label={t('careRecords.plan.topic')}
        value={topic}
        onChange={(e) => setTopic(e.target.value as PlanLessonTopic)}
      >
        {TOPICS.map((p) => (
          <MenuItem key={p} value={p}>
            {t(`careRecords.topic.${p}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        type="number"
        label={labels.lessons}
        value={lessons}
        onChange={(e) => setLessons(e.target.value)}
        slotProps={{ htmlInput: { min: 1, max: 60, 'data-testid': 'plan-lessons' } }}
      />
      <DayField label={labels.plannedOn} value={day} onChange={setDay} testId="plan-date" />
    </FormDialog>
  );
}
