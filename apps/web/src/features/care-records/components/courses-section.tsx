import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { TEXT_LIMITS } from '@xiaohu/domain';
import { useState } from 'react';
import type { CareRecordsFieldsFragment, CourseStatusCode } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { useRecordCourseDelivery } from '../hooks/use-care-mutations';
import { dayOf, today } from './care-format';
import { DayField, FormDialog, refusalText } from './form-dialog';
import { LimitedTextField } from '../../../shared/ui/limited-text-field';

const STATUS_COLOR: Record<CourseStatusCode, 'success' | 'warning' | 'error' | 'default'> = {
  DELIVERED: 'success',
  DELIVERED_LATE: 'warning',
  OVERDUE: 'error',
  PENDING: 'default',
};

/** PRV-6: each intake's sexual-abuse-prevention course, its deadline and deliveries (statuses from the server). */
export function CoursesSection({ records }: { records: CareRecordsFieldsFragment }) {
  const t = useT();
  const [isAdding, setIsAdding] = useState(false);
  return (
    <Stack spacing={2}>
      {records.viewerCan.recordCourseDelivery && records.courses.length > 0 ? (
        <Box>
          <Button
            variant="contained"
            onClick={() => setIsAdding(true)}
            data-testid="course-add"
            sx={{ minHeight: 44 }}
          >
            {t('careRecords.course.add')}
          </Button>
        </Box>
      ) : null}
      {records.courses.length === 0 ? (
        <Typography color="text.secondary">{t('careRecords.course.empty')}</Typography>
      ) : null}
      {records.courses.map((course) => (
        <Card key={course.intakeId} variant="outlined" data-testid="course-card">
          <CardContent>
            <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
              <Typography variant="subtitle1" sx={{ flex: 1, minWidth: 120 }}>
                {course.intakeName}
              </Typography>
              <Chip
                size="small"
                color={STATUS_COLOR[course.status]}
                label={t(`careRecords.course.status.${course.status}`)}
                data-testid="course-status"
              />
            </Box>
            <Typography variant="body2" color="text.secondary">
              {t('careRecords.course.deadline', { date: dayOf(course.deadline) })}
            </Typography>
            {course.undeliveredClassNames.length > 0 ? (
              <Typography variant="body2" color="error">
                {t('careRecords.course.undelivered', { names: course.undeliveredClassNames.join('、') })}
              </Typography>
            ) : null}
            {course.deliveries.map((d) => (
              <Typography key={d.id} variant="body2">
                {t('careRecords.course.delivery', {
                  date: dayOf(d.deliveredAt),
                  teacher: d.teacherName,
                  classes: d.classNames.join('、'),
                })}
              </Typography>
            ))}
          </CardContent>
        </Card>
      ))}
      {isAdding ? <CourseDialog records={records} onClose={() => setIsAdding(false)} /> : null}
    </Stack>
  );
}

function CourseDialog({ records, onClose }: { records: CareRecordsFieldsFragment; onClose: () => void }) {
  const t = useT();
  const { save, loading } = useRecordCourseDelivery();
  const [intakeId, setIntakeId] = useState(records.courses[0]?.intakeId ?? '');
  const [classIds, setClassIds] = useState<string[]>([]);
  const [day, setDay] = useState(today());
  const [teacherId, setTeacherId] = useState('');
  const [note, setNote] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const classes = records.classes.filter((c) => c.intakeId === intakeId);
  const labels = {
    classIds: t('careRecords.course.classes'),
    deliveredOn: t('careRecords.course.date'),
    teacherStaffId: t('careRecords.course.teacher'),
    note: t('careRecords.course.note'),
  };
  const toggle = (id: string) =>
    setClassIds((ids) => (ids.includes(id) ? ids.filter((c) => c !== id) : [...ids, id]));
  const submit = async () => {
    const outcome = await save({
      intakeId,
      classIds,
      deliveredOn: day,
      teacherStaffId: teacherId,
      note: note || null,
    });
    if (outcome.type === 'SAVED') onClose();
    else setRefusal(refusalText(t, outcome, 'careRecords', labels));
  };
  return (
    <FormDialog
      title={t('careRecords.course.add')}
      busy={loading}
      refusal={refusal}
      onSubmit={() => void submit()}
      onClose={onClose}
      testId="course-form"
      saveLabel={t('careRecords.save')}
      cancelLabel={t('careRecords.cancel')}
    >
      <TextField
        select
        label={t('careRecords.course.intake')}
        value={intakeId}
        onChange={(e) => {
          setIntakeId(e.target.value);
          setClassIds([]);
        }}
        slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'course-intake' } as object } }}
      >
        {records.courses.map((c) => (
          <MenuItem key={c.intakeId} value={c.intakeId}>
            {c.intakeName}
          </MenuItem>
        ))}
      </TextField>
      <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
        <FormLabel component="legend">{labels.classIds}</FormLabel>
        <FormGroup row>
          {classes.map((c) => (
            <FormControlLabel
              key={c.id}
              control={
                <Checkbox
                  checked={classIds.includes(c.id)}
                  onChange={() => toggle(c.id)}
                  slotProps={{ input: { 'data-testid': 'course-class' } as object }}
                />
              }
              label={c.name}
            />
          ))}
        </FormGroup>
      </Box>
      <DayField label={labels.deliveredOn} value={day} onChange={setDay} max={today()} testId="course-date" />
      <TextField
        select
        label={labels.teacherStaffId}
        value={teacherId}
        onChange={(e) => setTeacherId(e.target.value)}
        required
        slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'course-teacher' } as object } }}
      >
        {records.staffChoices.map((s) => (
          <MenuItem key={s.id} value={s.id}>
            {s.name}（{s.post}）
          </MenuItem>
        ))}
      </TextField>
      <LimitedTextField
        label={labels.note}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        multiline
        minRows={2}
        slotProps={{ htmlInput: { maxLength: TEXT_LIMITS.courseNote } }}
      />
      {classes.length === 0 ? <Alert severity="info">{t('careRecords.plan.empty')}</Alert> : null}
    </FormDialog>
  );
}
