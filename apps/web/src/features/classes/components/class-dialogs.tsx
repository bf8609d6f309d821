import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { TEXT_LIMITS } from '@xiaohu/domain';
import { useState } from 'react';
import type { IntakeRegisterQuery } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { today } from '../../care-records/components/care-format';
import { DayField, FormDialog, refusalText } from '../../care-records/components/form-dialog';
import type { CareOutcome } from '../../care-records/hooks/use-care-mutations';
import { useClassMutations } from '../hooks/use-class-mutations';
import { LimitedTextField } from '../../../shared/ui/limited-text-field';

type Register = NonNullable<IntakeRegisterQuery['intakes']>;
type Staff = Register['staffChoices'];

/** What a dialog asks for: a new intake, a class of an intake, or a class's head teacher. */
export type ClassDialogTarget =
  | { kind: 'INTAKE' }
  | { kind: 'CLASS'; intakeId: string }
  | { kind: 'HEAD_TEACHER'; classId: string; className: string; staffId: string | null };

function HeadTeacherSelect({
  staff,
  value,
  onChange,
}: {
  staff: Staff;
  value: string;
  onChange: (id: string) => void;
}) {
  const t = useT();
  return (
    <TextField
      select
      label={t('classes.field.headTeacher')}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'class-head-teacher' } as object } }}
    >
      <MenuItem value="">{t('classes.none')}</MenuItem>
      {staff.map((s) => (
        <MenuItem key={s.id} value={s.id}>
          {s.name}（{s.post}）
        </MenuItem>
      ))}
    </TextField>
  );
}

/** PRV-6, PRV-8: record an intake, a class, or a class's head teacher (chosen from the staff register). */
export function ClassDialog({
  register,
  target,
  onClose,
}: {
  register: Register;
  target: ClassDialogTarget;
  onClose: () => void;
}) {
  const t = useT();
  const mutations = useClassMutations();
  const [name, setName] = useState('');
  const [day, setDay] = useState(today());
  const [staffId, setStaffId] = useState(target.kind === 'HEAD_TEACHER' ? (target.staffId ?? '') : '');
  const [refusal, setRefusal] = useState<string | null>(null);
  const labels = {
    name: target.kind === 'INTAKE' ? t('classes.field.intakeName') : t('classes.field.className'),
    enrolledOn: t('classes.field.enrolledOn'),
    headTeacherStaffId: t('classes.field.headTeacher'),
  };
  const submit = async () => {
    let outcome: CareOutcome;
    if (target.kind === 'INTAKE') {
      outcome = await mutations.recordIntake({
        institutionId: register.institutionId,
        name,
        enrolledOn: day,
      });
    } else if (target.kind === 'CLASS') {
      outcome = await mutations.recordClass({
        intakeId: target.intakeId,
        name,
        headTeacherStaffId: staffId || null,
      });
    } else {
      outcome = await mutations.assignHeadTeacher({
        classId: target.classId,
        headTeacherStaffId: staffId || null,
      });
    }
    if (outcome.type === 'SAVED') onClose();
    else setRefusal(refusalText(t, outcome, 'classes', labels));
  };
  const title =
    target.kind === 'INTAKE'
      ? t('classes.addIntake')
      : target.kind === 'CLASS'
        ? t('classes.addClass')
        : `${t('classes.assign')}：${target.className}`;
  return (
    <FormDialog
      title={title}
      busy={mutations.loading}
      refusal={refusal}
      onSubmit={() => void submit()}
      onClose={onClose}
      testId="class-form"
      saveLabel={t('classes.save')}
      cancelLabel={t('classes.cancel')}
    >
      {target.kind === 'HEAD_TEACHER' ? null : (
        <LimitedTextField
          label={labels.name}
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
          autoFocus
          slotProps={{
            htmlInput: {
              maxLength: target.kind === 'INTAKE' ? TEXT_LIMITS.intakeName : TEXT_LIMITS.className,
              'data-testid': 'class-name',
            },
          }}
        />
      )}
      {target.kind === 'INTAKE' ? (
        <DayField label={labels.enrolledOn} value={day} onChange={setDay} testId="intake-enrolled" />
      ) : (
        <HeadTeacherSelect staff={register.staffChoices} value={staffId} onChange={setStaffId} />
      )}
    </FormDialog>
  );
}
