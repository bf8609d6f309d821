import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Container from '@mui/material/Container';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { IntakeRegisterQuery } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { ConfirmDialog } from '../../../shared/ui/confirm-dialog';
import { EmptyState } from '../../../shared/ui/empty-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { QueryError } from '../../../shared/ui/query-error';
import { useViewer } from '../../auth/hooks/use-viewer';
import { dayOf } from '../../care-records/components/care-format';
import { refusalText } from '../../care-records/components/form-dialog';
import { InstitutionPicker } from '../../incidents/components/institution-picker';
import { IntakeRegisterQuery as RegisterQuery } from '../classes.graphql';
import { ClassDialog, type ClassDialogTarget } from '../components/class-dialogs';
import { useClassMutations } from '../hooks/use-class-mutations';

type Register = NonNullable<IntakeRegisterQuery['intakes']>;
type SchoolClass = Register['intakes'][number]['classes'][number];

/** PRV-6 to PRV-8: an institution's intakes and classes with their head teachers; the head manages them. */
export function ClassesPage() {
  const t = useT();
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const institutionId = params.get('institution') ?? viewer.institution?.id ?? null;
  const { data, loading, error, refetch } = useQuery(RegisterQuery, {
    variables: { institutionId: institutionId ?? '' },
    skip: !institutionId,
  });
  const register = data?.intakes ?? null;
  return (
    <Container maxWidth="md" sx={{ py: 3 }} id="main">
      <PageHeader title={t('classes.title')} subtitle={t('classes.subtitle')} />
      {viewer.institution ? null : (
        <Box sx={{ mb: 2 }}>
          <InstitutionPicker
            value={institutionId}
            onChange={(id) => setParams(id ? { institution: id } : {})}
          />
        </Box>
      )}
      {!institutionId ? (
        <Typography color="text.secondary">{t('classes.pickInstitution')}</Typography>
      ) : loading && !data ? (
        <LoadingState />
      ) : error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : register ? (
        <Intakes register={register} />
      ) : (
        <Alert severity="warning" data-testid="classes-not-found">
          {t('classes.notFound')}
        </Alert>
      )}
    </Container>
  );
}

function Intakes({ register }: { register: Register }) {
  const t = useT();
  const canManage = register.viewerCan.manageClasses;
  const [dialog, setDialog] = useState<ClassDialogTarget | null>(null);
  const [closing, setClosing] = useState<SchoolClass | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const { closeClass, loading } = useClassMutations();
  const confirmClose = async () => {
    if (!closing) return;
    const outcome = await closeClass({ classId: closing.id });
    setClosing(null);
    setMessage(outcome.type === 'SAVED' ? null : refusalText(t, outcome, 'classes'));
  };
  const addIntake = canManage ? (
    <Button
      variant="contained"
      onClick={() => setDialog({ kind: 'INTAKE' })}
      data-testid="intake-add"
      sx={{ minHeight: 44 }}
    >
      {t('classes.addIntake')}
    </Button>
  ) : undefined;
  return (
    <Stack spacing={2}>
      {message ? <Alert severity="error">{message}</Alert> : null}
      {register.intakes.length === 0 ? (
        <EmptyState title={t('classes.title')} body={t('classes.empty')} action={addIntake} />
      ) : (
        <Box>{addIntake}</Box>
      )}
      {register.intakes.map((intake) => (
        <Box key={intake.id} component="section" data-testid="intake">
          <Box sx={{ display: 'flex', gap: 1, alignItems: 'baseline', flexWrap: 'wrap', mb: 1 }}>
            <Typography variant="h6" component="h2">
              {intake.name}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }}>
              {t('classes.enrolled', { date: dayOf(intake.enrolledAt) })}
            </Typography>
            {canManage ? (
              <Button
                onClick={() => setDialog({ kind: 'CLASS', intakeId: intake.id })}
                data-testid="class-add"
              >
                {t('classes.addClass')}
              </Button>
            ) : null}
          </Box>
          {intake.classes.length === 0 ? (
            <Typography color="text.secondary">{t('classes.intakeEmpty')}</Typography>
          ) : null}
          <Box sx={{ display: 'grid', gap: 1, gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))' }}>
            {intake.classes.map((c) => (
              <Card
                key={c.id}
                variant="outlined"
                data-testid="class-card"
                sx={{ opacity: c.closedAt ? 0.6 : 1 }}
              >
                <CardContent>
                  <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
                    <Typography variant="subtitle1" sx={{ flex: 1 }}>
                      {c.name}
                    </Typography>
                    {c.closedAt ? <Chip size="small" label={t('classes.closed')} /> : null}
                  </Box>
                  <Typography variant="body2" data-testid="class-head-teacher-name">
                    {c.headTeacherName
                      ? t('classes.headTeacher', { name: c.headTeacherName })
                      : t('classes.noHeadTeacher')}
                  </Typography>
                  {canManage && !c.closedAt ? (
                    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mt: 1 }}>
                      <Button
                        size="small"
                        sx={{ minHeight: 44 }}
                        onClick={() =>
                          setDialog({
                            kind: 'HEAD_TEACHER',
                            classId: c.id,
                            className: c.name,
                            staffId: c.headTeacherStaffId ?? null,
                          })
                        }
                        data-testid="class-assign"
                      >
                        {t('classes.assign')}
                      </Button>
                      <Button
                        size="small"
                        color="warning"
                        sx={{ minHeight: 44 }}
                        onClick={() => setClosing(c)}
                        data-testid="class-close"
                      >
                        {t('classes.close')}
                      </Button>
                    </Box>
                  ) : null}
                </CardContent>
              </Card>
            ))}
          </Box>
        </Box>
      ))}
      {dialog ? <ClassDialog register={register} target={dialog} onClose={() => setDialog(null)} /> : null}
      <ConfirmDialog
        open={closing !== null}
        title={t('classes.close')}
        body={t('classes.closeConfirm', { name: closing?.name ?? '' })}
        busy={loading}
        onConfirm={() => void confirmClose()}
        onCancel={() => setClosing(null)}
        testId="class-close-confirm"
      />
    </Stack>
  );
}
