import { useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import Alert from '@mui/material/Alert';
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { TEXT_LIMITS } from '@xiaohu/domain';
import { paths } from '../../../app/paths';
import type { HazardFieldsFragment } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/i18n';
import { formatDateTimeShort, startOfNextDayInstant } from '../../../shared/lib/dates';
import { EmptyState } from '../../../shared/ui/empty-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { QueryError } from '../../../shared/ui/query-error';
import { PhotoPicker, PhotoStrip } from '../../photos';
import { OwnerSelect } from '../components/failed-item-form';
import { HazardStatusChip } from '../components/hazard-status-chip';
import { OutcomeAlert } from '../components/outcome-alert';
import type { InspectionOutcome } from '../hooks/inspection-outcome';
import {
  useAssignHazard,
  useRecordRectification,
  useVerifyRectification,
} from '../hooks/use-inspection-mutations';
import { HazardQuery } from '../inspections.graphql';
import { DateInput } from '../../../shared/ui/date-fields';

type Outcome = InspectionOutcome<unknown> | 'NETWORK' | null;

/** PRV-1: a hazard: status, assignment, rectification and verification, as viewerCan allows. */
export function HazardPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(HazardQuery, { variables: { id } });
  if (loading && !data) return <LoadingState />;
  if (error || !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data.hazard) return <EmptyState title={t('hazards.detail.notFound')} body="" />;
  return <HazardDetail hazard={data.hazard} />;
}

export function HazardDetail({ hazard }: { hazard: HazardFieldsFragment }) {
  const { t, language } = useI18n();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const attempt = async (run: () => Promise<InspectionOutcome<unknown>>) => {
    try {
      setOutcome(await run());
    } catch {
      setOutcome('NETWORK');
    }
  };
  return (
    <>
      <PageHeader
        title={hazard.description}
        subtitle={
          <>
            {hazard.institutionName} ·{' '}
            <Link component={RouterLink} to={paths.inspection(hazard.inspectionId)}>
              {t('hazards.detail.inspection', { kind: t(`inspections.kind.${hazard.inspectionKind}`) })}
            </Link>
          </>
        }
      />
      <Stack spacing={2}>
        <Card variant="outlined">
          <CardContent>
            <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1, mb: 1 }}>
              <HazardStatusChip status={hazard.status} />
              <Chip size="small" variant="outlined" label={t(`hazards.stage.${hazard.stage}`)} />
              {hazard.missing.map((m) => (
                <Chip
                  key={m}
                  size="small"
                  color="warning"
                  variant="outlined"
                  label={t(`hazards.missing.${m as 'OWNER' | 'DUE_DATE'}`)}
                />
              ))}
            </Stack>
            <Typography variant="body2" color="text.secondary">
              {hazard.item.ruleId} · {language === 'en' ? hazard.item.textEn : hazard.item.textZh}
            </Typography>
            <Typography variant="body2" sx={{ mt: 1 }}>
              {t('hazards.col.foundAt')}: {formatDateTimeShort(hazard.foundAt)}
            </Typography>
            <Typography variant="body2">
              {t('hazards.col.owner')}: {hazard.ownerName ?? '—'} · {t('hazards.col.dueAt')}:{' '}
              {hazard.dueAt ? formatDateTimeShort(hazard.dueAt) : '—'}
            </Typography>
            {hazard.rectifiedAt ? (
              <Typography variant="body2">
                {t('hazards.detail.rectifiedAt', { date: formatDateTimeShort(hazard.rectifiedAt) })}
              </Typography>
            ) : null}
            {hazard.photos.length > 0 ? (
              <Box sx={{ mt: 1.5 }} data-testid="hazard-photo-strip">
                <PhotoStrip photos={hazard.photos} label={t('inspections.checklist.photos')} />
              </Box>
            ) : null}
          </CardContent>
        </Card>
        <OutcomeAlert outcome={outcome} />
        {hazard.viewerCan.canAssign ? <AssignForm hazard={hazard} attempt={attempt} /> : null}
        {hazard.viewerCan.canRecordRectification ? (
          <RectifyForm hazardId={hazard.id} attempt={attempt} />
        ) : null}
        {hazard.viewerCan.canVerify ? <VerifyForm hazardId={hazard.id} attempt={attempt} /> : null}
        <Card variant="outlined">
          <CardContent>
            <Typography variant="h6" component="h2" gutterBottom>
              {t('hazards.detail.history')}
            </Typography>
            {hazard.rectifications.length === 0 ? (
              <Typography variant="body2">{t('hazards.detail.noHistory')}</Typography>
            ) : (
              <Stack spacing={1.5} data-testid="rectifications">
                {hazard.rectifications.map((r) => (
                  <div key={r.id}>
                    <Chip size="small" label={t(`hazards.verification.${r.verification}`)} sx={{ mb: 0.5 }} />
                    <Typography variant="body1">{r.note}</Typography>
                    <Typography variant="caption" color="text.secondary">
                      {t('hazards.detail.recordedBy', {
                        name: r.recordedByName,
                        date: formatDateTimeShort(r.recordedAt),
                      })}
                    </Typography>
                    {r.sendBackReason ? <Alert severity="warning">{r.sendBackReason}</Alert> : null}
                    {r.photos.length > 0 ? (
                      <Box sx={{ mt: 1 }} data-testid="rectification-photo-strip">
                        <PhotoStrip photos={r.photos} label={t('hazards.detail.rectifyPhotos')} />
                      </Box>
                    ) : null}
                  </div>
                ))}
              </Stack>
            )}
          </CardContent>
        </Card>
      </Stack>
    </>
  );
}

type Attempt = (run: () => Promise<InspectionOutcome<unknown>>) => Promise<void>;

function AssignForm({ hazard, attempt }: { hazard: HazardFieldsFragment; attempt: Attempt }) {
  const t = useI18n().t;
  const { assign, loading } = useAssignHazard();
  const [owner, setOwner] = useState(hazard.ownerStaffId ?? '');
  const [due, setDue] = useState('');
  return (
    <Card variant="outlined" data-testid="assign-form">
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h6" component="h2">
            {t('hazards.detail.assign')}
          </Typography>
          <OwnerSelect
            institutionId={hazard.institutionId}
            value={owner}
            onChange={setOwner}
            label={t('hazards.detail.owner')}
            allowNone={false}
          />
          <DateInput
            kind="day"
            label={t('hazards.detail.dueAt')}
            value={due}
            onChange={setDue}
            fullWidth={false}
          />
          <Button
            variant="contained"
            size="large"
            disabled={loading || !owner || !due}
            onClick={() =>
              void attempt(() =>
                assign({ hazardId: hazard.id, ownerStaffId: owner, dueAt: startOfNextDayInstant(due) }),
              )
            }
          >
            {t('hazards.detail.save')}
          </Button>
        </Stack>
      </CardContent>
    </Card>
  );
}

function RectifyForm({ hazardId, attempt }: { hazardId: string; attempt: Attempt }) {
  const t = useI18n().t;
  const { rectify, loading } = useRecordRectification();
  const [note, setNote] = useState('');
  const [photoIds, setPhotoIds] = useState<string[]>([]);
  const [isUploading, setIsUploading] = useState(false);
  const max = TEXT_LIMITS.rectificationNote;
  return (
    <Card variant="outlined" data-testid="rectify-form">
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h6" component="h2">
            {t('hazards.detail.rectify')}
          </Typography>
          <TextField
            label={t('hazards.detail.rectifyNote')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            multiline
            minRows={3}
            helperText={`${note.length}/${max}`}
            error={note.length > max}
            slotProps={{ htmlInput: { 'data-testid': 'rectification-note' } }}
          />
          <div data-testid="rectification-photo-picker">
            <PhotoPicker
              value={photoIds}
              onChange={setPhotoIds}
              label={t('hazards.detail.rectifyPhotos')}
              disabled={loading}
              onBusyChange={setIsUploading}
            />
          </div>
          <Button
            variant="contained"
            size="large"
            disabled={loading || isUploading || note.trim() === '' || note.length > max}
            onClick={() => void attempt(() => rectify({ hazardId, note, photoIds }))}
            data-testid="submit-rectification"
          >
            {t('hazards.detail.rectifySubmit')}
          </Button>
        </Stack>
      </CardContent>
    </Card>
  );
}

function VerifyForm({ hazardId, attempt }: { hazardId: string; attempt: Attempt }) {
  const t = useI18n().t;
  const { verify, loading } = useVerifyRectification();
  const [reason, setReason] = useState('');
  return (
    <Card variant="outlined" data-testid="verify-form">
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h6" component="h2">
            {t('hazards.detail.verify')}
          </Typography>
          <Button
            variant="contained"
            color="success"
            size="large"
            disabled={loading}
            onClick={() => void attempt(() => verify({ hazardId, decision: 'VERIFY' }))}
            data-testid="verify-rectification"
          >
            {t('hazards.detail.verifyPass')}
          </Button>
          <TextField
            label={t('hazards.detail.sendBackReason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            multiline
            minRows={2}
          />
          <Button
            variant="outlined"
            color="warning"
            size="large"
            disabled={loading || reason.trim() === ''}
            onClick={() => void attempt(() => verify({ hazardId, decision: 'SEND_BACK', reason }))}
            data-testid="send-back-rectification"
          >
            {t('hazards.detail.sendBack')}
          </Button>
        </Stack>
      </CardContent>
    </Card>
  );
}
