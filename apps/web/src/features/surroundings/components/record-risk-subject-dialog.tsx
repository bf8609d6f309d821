import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import {
  RISK_PERSON_TYPES,
  RISK_SITE_TYPES,
  TEXT_LIMITS,
  type TextField as TextLimitField,
} from '@xiaohu/domain';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '../../../app/paths';
import type { RiskPersonType, RiskSiteType, RiskSubjectType } from '../../../gql/graphql';
import { useT, type MessageKey } from '../../../i18n/i18n';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { InstitutionPicker } from '../../incidents/components/institution-picker';
import { useRiskLabels } from '../hooks/use-risk-labels';
import { useRecordRiskSubject } from '../hooks/use-surroundings-mutations';
import { EMPTY_REFERRAL, ReferralFields, toReferralInput, type ReferralDraft } from './referral-fields';
import { RuleText } from '../../../shared/rules/rule-info';

type Text =
  | 'siteName'
  | 'siteAddress'
  | 'siteDescription'
  | 'personName'
  | 'personIdNumber'
  | 'personAddress'
  | 'personDescription'
  | 'location';
const LIMIT: Record<Text, TextLimitField> = {
  siteName: 'riskSiteName',
  siteAddress: 'riskAddress',
  siteDescription: 'riskDescription',
  personName: 'riskPersonName',
  personIdNumber: 'residentIdNumber',
  personAddress: 'riskAddress',
  personDescription: 'riskDescription',
  location: 'riskLocation',
};
const SITE_FIELDS: Text[] = ['siteName', 'siteAddress', 'siteDescription', 'location'];
const PERSON_FIELDS: Text[] = [
  'personName',
  'personIdNumber',
  'personAddress',
  'personDescription',
  'location',
];
const MULTILINE: readonly Text[] = ['siteDescription', 'personDescription'];
const FIELDS: Record<RiskSubjectType, Text[]> = { RISK_SITE: SITE_FIELDS, RISK_PERSON: PERSON_FIELDS };

/**
 * PRV-3: record a risk site or person (full screen on a phone). A head records for her institution;
 * 安稳办 picks one. Opens the new subject when saved.
 */
export function RecordRiskSubjectDialog({
  open,
  onClose,
  fixedInstitution,
}: {
  open: boolean;
  onClose: () => void;
  /** The viewer's own institution, when she has one: no picker then. */
  fixedInstitution: { id: string; name: string } | null;
}) {
  const t = useT();
  const labels = useRiskLabels();
  const navigate = useNavigate();
  const isPhone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const { record, loading } = useRecordRiskSubject();
  const [institutionId, setInstitutionId] = useState<string | null>(fixedInstitution?.id ?? null);
  const [subjectType, setSubjectType] = useState<RiskSubjectType>('RISK_SITE');
  const [siteType, setSiteType] = useState<RiskSiteType>('INTERNET_CAFE');
  const [personType, setPersonType] = useState<RiskPersonType>('RELEASED_PRISONER');
  const [texts, setTexts] = useState<Partial<Record<Text, string>>>({});
  const [referral, setReferral] = useState<ReferralDraft>(EMPTY_REFERRAL);
  const [alert, setAlert] = useState<string | null>(null);
  const fields = FIELDS[subjectType];
  const isPerson = fields === PERSON_FIELDS;

  const submit = async () => {
    const chosen = fixedInstitution?.id ?? institutionId;
    if (!chosen) {
      setAlert(t('surroundings.error.INVALID_INPUT', { field: t('surroundings.field.institution') }));
      return;
    }
    const value = (key: Text) => (fields.includes(key) ? texts[key]?.trim() || null : null);
    const outcome = await record({
      institutionId: chosen,
      subjectType,
      siteType: isPerson ? null : siteType,
      personType: isPerson ? personType : null,
      siteName: value('siteName'),
      siteAddress: value('siteAddress'),
      siteDescription: value('siteDescription'),
      personName: value('personName'),
      personIdNumber: value('personIdNumber'),
      personAddress: value('personAddress'),
      personDescription: value('personDescription'),
      location: value('location'),
      referral: toReferralInput(referral),
    });
    const failed = labels.failure(outcome);
    setAlert(failed);
    if (outcome.type === 'SAVED') {
      onClose();
      void navigate(paths.riskSubject(outcome.subject.id));
    }
  };

  return (
    <Dialog open={open} onClose={onClose} fullScreen={isPhone} fullWidth maxWidth="sm">
      <DialogTitle>{t('surroundings.form.recordTitle')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }} component="form" noValidate data-testid="record-risk-form">
          <ErrorAlert message={alert} />
          {fixedInstitution ? (
            <Typography>
              {t('surroundings.field.institution')}：{fixedInstitution.name}
            </Typography>
          ) : (
            <InstitutionPicker value={institutionId} onChange={setInstitutionId} />
          )}
          <TextField
            select
            label={t('surroundings.field.subjectType')}
            value={subjectType}
            onChange={(e) => setSubjectType(e.target.value as RiskSubjectType)}
            slotProps={{ htmlInput: { 'data-testid': 'risk-subject-type' } }}
          >
            {(['RISK_SITE', 'RISK_PERSON'] as const).map((value) => (
              <MenuItem key={value} value={value} data-testid={`risk-subject-type-${value}`}>
                {labels.subjectType(value)}
              </MenuItem>
            ))}
          </TextField>
          {isPerson ? (
            <TextField
              select
              label={t('surroundings.field.personType')}
              value={personType}
              onChange={(e) => setPersonType(e.target.value as RiskPersonType)}
            >
              {RISK_PERSON_TYPES.map((value) => (
                <MenuItem key={value} value={value}>
                  {labels.personType(value)}
                </MenuItem>
              ))}
            </TextField>
          ) : (
            <TextField
              select
              label={t('surroundings.field.siteType')}
              value={siteType}
              onChange={(e) => setSiteType(e.target.value as RiskSiteType)}
            >
              {RISK_SITE_TYPES.map((value) => (
                <MenuItem key={value} value={value}>
                  {labels.siteType(value)}
                </MenuItem>
              ))}
            </TextField>
          )}
          {isPerson ? <Alert severity="info">{t('surroundings.form.personHint')}</Alert> : null}
          {fields.map((key) => (
            <TextField
              key={key}
              label={t(`surroundings.field.${key}` as MessageKey)}
              value={texts[key] ?? ''}
              onChange={(e) => setTexts({ ...texts, [key]: e.target.value })}
              multiline={MULTILINE.includes(key)}
              minRows={MULTILINE.includes(key) ? 3 : undefined}
              slotProps={{ htmlInput: { maxLength: TEXT_LIMITS[LIMIT[key]], 'data-testid': `risk-${key}` } }}
              fullWidth
            />
          ))}
          <Typography variant="body2" color="text.secondary">
            <RuleText>{t('surroundings.form.referralHint')}</RuleText>
          </Typography>
          <ReferralFields value={referral} onChange={setReferral} />
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose} size="large">
          {t('surroundings.form.cancel')}
        </Button>
        <Button
          variant="contained"
          size="large"
          disabled={loading}
          onClick={() => void submit()}
          data-testid="record-risk-submit"
        >
          {loading ? t('surroundings.form.saving') : t('surroundings.form.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
