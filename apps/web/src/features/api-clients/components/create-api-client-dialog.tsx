import { API_CLIENT_LIMITS, API_CLIENT_ROLES, TEXT_LIMITS, UNIT_CODES, type UnitCode } from '@xiaohu/domain';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { Role } from '../../../gql/graphql';
import { useT, type MessageKey } from '../../../i18n/i18n';
import { useLabels } from '../../../shared/hooks/use-labels';
import { InstitutionChoice } from '../../accounts/components/institution-choice';
import type { IssuedToken, IssueTokenOutcome } from '../hooks/api-client-outcomes';
import { useCreateApiClient } from '../hooks/use-api-client-mutations';

const EMPTY = {
  name: '',
  description: '',
  role: 'SECTION_MEMBER' as Role,
  unit: '' as UnitCode | '',
  isDesignatedCaseOfficer: false,
  canWrite: false,
  tokenDays: String(API_CLIENT_LIMITS.defaultTokenDays),
  rateLimitPerMinute: String(API_CLIENT_LIMITS.defaultRateLimitPerMinute),
};

/**
 * A new client's name and scope. Which of unit and institution a role needs, and who may carry the
 * designated officer's need-to-know, is the server's rule: the form offers them and shows its answer.
 */
export function CreateApiClientDialog({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (issued: IssuedToken) => void;
}) {
  const t = useT();
  const labels = useLabels();
  const { createApiClient, isCreating } = useCreateApiClient();
  const [fields, setFields] = useState(EMPTY);
  const [institution, setInstitution] = useState<{ id: string; name: string } | null>(null);
  const [refusal, setRefusal] = useState<Exclude<IssueTokenOutcome, { type: 'ISSUED' }> | null>(null);
  const set = (name: keyof typeof EMPTY) => (event: { target: { value: string } }) =>
    setFields((current) => ({ ...current, [name]: event.target.value }));
  const toggle = (name: 'isDesignatedCaseOfficer' | 'canWrite') => (_: unknown, checked: boolean) =>
    setFields((current) => ({ ...current, [name]: checked }));
  const errorOf = (field: string): string | undefined =>
    refusal?.type === 'INVALID' && refusal.field === field ? t(refusal.messageKey) : undefined;
  const otherRefusal: MessageKey | null =
    refusal?.type === 'REFUSED' ||
    (refusal?.type === 'INVALID' &&
      ['isDesignatedCaseOfficer', 'role', 'description'].includes(refusal.field))
      ? refusal.messageKey
      : null;

  const close = () => {
    setFields(EMPTY);
    setInstitution(null);
    setRefusal(null);
    onClose();
  };
  const submit = async () => {
    const outcome = await createApiClient({
      name: fields.name,
      description: fields.description || null,
      role: fields.role,
      unit: fields.unit || null,
      institutionId: institution?.id ?? null,
      isDesignatedCaseOfficer: fields.isDesignatedCaseOfficer,
      canWrite: fields.canWrite,
      tokenDays: Number(fields.tokenDays),
      rateLimitPerMinute: Number(fields.rateLimitPerMinute),
    });
    if (outcome.type !== 'ISSUED') {
      setRefusal(outcome);
      return;
    }
    close();
    onCreated(outcome.issued);
  };

  return (
    <Dialog
      open={open}
      onClose={isCreating ? undefined : close}
      maxWidth="sm"
      fullWidth
      aria-labelledby="create-api-client-title"
      data-testid="create-api-client-dialog"
    >
      <DialogTitle id="create-api-client-title">{t('apiClients.create.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Alert severity="info">{t('apiClients.create.scopeInfo')}</Alert>
          {otherRefusal ? (
            <Alert severity="error" data-testid="create-api-client-refusal">
              {t(otherRefusal)}
            </Alert>
          ) : null}
          <TextField
            label={t('apiClients.field.name')}
            value={fields.name}
            onChange={set('name')}
            error={Boolean(errorOf('name'))}
            helperText={errorOf('name') ?? t('apiClients.field.nameHelp')}
            slotProps={{
              htmlInput: { 'data-testid': 'api-client-name', maxLength: TEXT_LIMITS.apiClientName },
            }}
          />
          <TextField
            label={t('apiClients.field.description')}
            value={fields.description}
            onChange={set('description')}
            multiline
            minRows={2}
            slotProps={{
              htmlInput: {
                'data-testid': 'api-client-description',
                maxLength: TEXT_LIMITS.apiClientDescription,
              },
            }}
          />
          <TextField
            select
            label={t('apiClients.field.role')}
            value={fields.role}
            onChange={set('role')}
            slotProps={{ htmlInput: { 'data-testid': 'api-client-role' } }}
          >
            {API_CLIENT_ROLES.map((role) => (
              <MenuItem key={role} value={role}>
                {labels.role(role)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            label={t('apiClients.field.unit')}
            value={fields.unit}
            onChange={set('unit')}
            error={Boolean(errorOf('unit'))}
            helperText={errorOf('unit')}
            slotProps={{ htmlInput: { 'data-testid': 'api-client-unit' } }}
          >
            <MenuItem value="">{t('apiClients.field.noUnit')}</MenuItem>
            {UNIT_CODES.map((unit) => (
              <MenuItem key={unit} value={unit}>
                {labels.unit(unit)}
              </MenuItem>
            ))}
          </TextField>
          <InstitutionChoice value={institution} onChange={setInstitution} error={errorOf('institutionId')} />
          <FormControlLabel
            control={
              <Checkbox
                checked={fields.isDesignatedCaseOfficer}
                onChange={toggle('isDesignatedCaseOfficer')}
                data-testid="api-client-designated"
              />
            }
            label={t('apiClients.field.designated')}
          />
          <FormControlLabel
            control={
              <Checkbox
                checked={fields.canWrite}
                onChange={toggle('canWrite')}
                data-testid="api-client-can-write"
              />
            }
            label={t('apiClients.field.canWrite')}
          />
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <TextField
              type="number"
              label={t('apiClients.field.tokenDays')}
              value={fields.tokenDays}
              onChange={set('tokenDays')}
              error={Boolean(errorOf('tokenDays'))}
              helperText={errorOf('tokenDays') ?? t('apiClients.field.tokenDaysHelp')}
              slotProps={{
                htmlInput: {
                  'data-testid': 'api-client-token-days',
                  min: 1,
                  max: API_CLIENT_LIMITS.maxTokenDays,
                },
              }}
            />
            <TextField
              type="number"
              label={t('apiClients.field.rateLimit')}
              value={fields.rateLimitPerMinute}
              onChange={set('rateLimitPerMinute')}
              error={Boolean(errorOf('rateLimitPerMinute'))}
              helperText={errorOf('rateLimitPerMinute') ?? t('apiClients.field.rateLimitHelp')}
              slotProps={{
                htmlInput: {
                  'data-testid': 'api-client-rate-limit',
                  min: 1,
                  max: API_CLIENT_LIMITS.maxRateLimitPerMinute,
                },
              }}
            />
          </Stack>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={close} disabled={isCreating}>
          {t('common.cancel')}
        </Button>
        <Button
          variant="contained"
          onClick={() => void submit()}
          disabled={isCreating}
          data-testid="create-api-client-submit"
        >
          {t('apiClients.create.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
