import { useQuery } from '@apollo/client/react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '../../../app/paths';
import type { InstitutionKind, SupervisingSection } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/i18n';
import { startOfDayInstant, startOfNextDayInstant } from '../../../shared/lib/dates';
import { useLabels } from '../../../shared/hooks/use-labels';
import { useOpenCampaign } from '../hooks/use-inspection-mutations';
import type { InspectionOutcome } from '../hooks/inspection-outcome';
import { InspectionTemplatesQuery } from '../inspections.graphql';
import { InstitutionsMultiPicker, type InstitutionOption } from './institutions-multi-picker';
import { OutcomeAlert } from './outcome-alert';
import { DateInput } from '../../../shared/ui/date-fields';

const SECTIONS: SupervisingSection[] = ['BASIC', 'PRESCHOOL', 'VOCATIONAL'];
const KINDS: InstitutionKind[] = [
  'PRIMARY',
  'SECONDARY',
  'KINDERGARTEN',
  'VOCATIONAL_SCHOOL',
  'TRAINING_INSTITUTION',
  'SPECIAL_EDUCATION',
];
type Mode = 'ALL' | 'SECTION' | 'KIND' | 'LIST';

/** PRV-1: 安稳办 or 督导室 opens a campaign from a template, over institutions by section, kind or list. */
export function OpenCampaignDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, language } = useI18n();
  const labels = useLabels();
  const isPhone = useMediaQuery(useTheme().breakpoints.down('sm'));
  const navigate = useNavigate();
  const templates = useQuery(InspectionTemplatesQuery, { skip: !open });
  const { openCampaign, loading } = useOpenCampaign();
  const [name, setName] = useState('');
  const [templateId, setTemplateId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [mode, setMode] = useState<Mode>('ALL');
  const [section, setSection] = useState<SupervisingSection>('BASIC');
  const [kind, setKind] = useState<InstitutionKind>('PRIMARY');
  const [institutions, setInstitutions] = useState<InstitutionOption[]>([]);
  const [outcome, setOutcome] = useState<InspectionOutcome<unknown> | 'NETWORK' | null>(null);
  const chosenTemplate = templateId || templates.data?.inspectionTemplates[0]?.id || '';
  const canSubmit =
    name.trim() !== '' &&
    chosenTemplate !== '' &&
    from !== '' &&
    to !== '' &&
    (mode !== 'LIST' || institutions.length > 0) &&
    !loading;

  const submit = async () => {
    try {
      const result = await openCampaign({
        name,
        templateId: chosenTemplate,
        startsAt: startOfDayInstant(from),
        endsAt: startOfNextDayInstant(to),
        section: mode === 'SECTION' ? section : null,
        kinds: mode === 'KIND' ? [kind] : null,
        institutionIds: mode === 'LIST' ? institutions.map((i) => i.id) : null,
      });
      setOutcome(result);
      if (result.type === 'DONE') {
        onClose();
        void navigate(paths.inspectionCampaign(result.value.id));
      }
    } catch {
      setOutcome('NETWORK');
    }
  };

  return (
    <Dialog open={open} onClose={onClose} fullScreen={isPhone} fullWidth maxWidth="sm">
      <DialogTitle>{t('inspections.openForm.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <TextField
            label={t('inspections.openForm.name')}
            value={name}
            onChange={(e) => setName(e.target.value)}
            slotProps={{ htmlInput: { maxLength: 100, 'data-testid': 'campaign-name' } }}
          />
          <TextField
            select
            label={t('inspections.openForm.template')}
            value={chosenTemplate}
            onChange={(e) => setTemplateId(e.target.value)}
          >
            {(templates.data?.inspectionTemplates ?? []).map((template) => (
              <MenuItem key={template.id} value={template.id}>
                {language === 'en' ? template.nameEn : template.nameZh}
              </MenuItem>
            ))}
          </TextField>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <DateInput
              kind="day"
              label={t('inspections.openForm.startsAt')}
              value={from}
              onChange={setFrom}
              testId="campaign-from"
              fullWidth
            />
            <DateInput
              kind="day"
              label={t('inspections.openForm.endsAt')}
              value={to}
              onChange={setTo}
              testId="campaign-to"
              fullWidth
            />
          </Stack>
          <TextField
            select
            label={t('inspections.openForm.coverage')}
            value={mode}
            onChange={(e) => setMode(e.target.value as Mode)}
          >
            {(['ALL', 'SECTION', 'KIND', 'LIST'] as const).map((m) => (
              <MenuItem key={m} value={m}>
                {t(`inspections.openForm.mode.${m}`)}
              </MenuItem>
            ))}
          </TextField>
          {mode === 'SECTION' ? (
            <TextField
              select
              label={t('inspections.openForm.section')}
              value={section}
              onChange={(e) => setSection(e.target.value as SupervisingSection)}
            >
              {SECTIONS.map((s) => (
                <MenuItem key={s} value={s}>
                  {labels.unit(s)}
                </MenuItem>
              ))}
            </TextField>
          ) : null}
          {mode === 'KIND' ? (
            <TextField
              select
              label={t('inspections.openForm.kind')}
              value={kind}
              onChange={(e) => setKind(e.target.value as InstitutionKind)}
            >
              {KINDS.map((k) => (
                <MenuItem key={k} value={k}>
                  {labels.kind(k)}
                </MenuItem>
              ))}
            </TextField>
          ) : null}
          {mode === 'LIST' ? (
            <InstitutionsMultiPicker value={institutions} onChange={setInstitutions} />
          ) : null}
          <OutcomeAlert outcome={outcome} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} size="large">
          {t('inspections.openForm.cancel')}
        </Button>
        <Button
          variant="contained"
          size="large"
          disabled={!canSubmit}
          onClick={() => void submit()}
          data-testid="campaign-submit"
        >
          {t('inspections.openForm.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
