import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery } from '@apollo/client/react';
import { WEBHOOK_EVENT_TYPES } from '@xiaohu/domain';
import { useState, type FormEvent } from 'react';
import { useT } from '../../../i18n/i18n';
import {
  SubscribeWebhookMutation,
  WebhookClientChoicesQuery,
  WebhookSubscriptionsQuery,
} from '../webhooks.graphql';

/**
 * Subscribes a registered client, chosen from 接口客户端: the server checks the client, the URL and the
 * types (a revoked client is listed with its status and refused by the server); the secret is shown once.
 */
export function SubscribeWebhookForm() {
  const t = useT();
  const [clientId, setClientId] = useState('');
  const [url, setUrl] = useState('');
  const [eventTypes, setEventTypes] = useState<string[]>([]);
  const [secret, setSecret] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const clients = useQuery(WebhookClientChoicesQuery).data?.apiClients ?? [];
  const [subscribe, { loading }] = useMutation(SubscribeWebhookMutation, {
    refetchQueries: [WebhookSubscriptionsQuery],
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    const { data } = await subscribe({
      variables: { input: { clientId, url, eventTypes } },
    });
    const result = data?.subscribeWebhook;
    if (result?.__typename === 'WebhookSubscriptionCreated') {
      setSecret(result.secret);
      setClientId('');
      setUrl('');
      setEventTypes([]);
    } else if (result?.__typename === 'ValidationError') {
      setProblem(result.message);
    }
  }

  const toggle = (type: string, checked: boolean) =>
    setEventTypes((current) => (checked ? [...current, type] : current.filter((x) => x !== type)));

  return (
    <Stack component="form" spacing={2} onSubmit={(e) => void submit(e)} data-testid="subscribe-webhook-form">
      <Typography variant="h6" component="h2">
        {t('webhooks.form.title')}
      </Typography>
      <TextField
        select
        label={t('webhooks.form.clientId')}
        value={clientId}
        onChange={(e) => setClientId(e.target.value)}
        required
        helperText={clients.length === 0 ? t('webhooks.form.noClients') : undefined}
        slotProps={{ htmlInput: { 'data-testid': 'webhook-client-id' } }}
      >
        {clients.map((client) => (
          <MenuItem key={client.id} value={client.id} data-testid="webhook-client-option">
            {t('webhooks.form.clientOption', {
              name: client.name,
              status: t(`apiClients.status.${client.status}`),
            })}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        label={t('webhooks.form.url')}
        value={url}
        onChange={(e) => setUrl(e.target.value)}
        required
        slotProps={{ htmlInput: { 'data-testid': 'webhook-url', inputMode: 'url', maxLength: 500 } }}
      />
      <FormGroup>
        <FormLabel component="legend">{t('webhooks.form.events')}</FormLabel>
        {WEBHOOK_EVENT_TYPES.map((type) => (
          <FormControlLabel
            key={type}
            control={
              <Checkbox
                checked={eventTypes.includes(type)}
                onChange={(e) => toggle(type, e.target.checked)}
              />
            }
            label={t(`webhooks.event.${type}`)}
          />
        ))}
      </FormGroup>
      {problem && (
        <Alert severity="error" data-testid="subscribe-webhook-error">
          {t('webhooks.form.failed', { message: problem })}
        </Alert>
      )}
      <div>
        <Button type="submit" variant="contained" disabled={loading} data-testid="subscribe-webhook-submit">
          {t('webhooks.form.submit')}
        </Button>
      </div>
      {secret && (
        <Alert severity="warning" onClose={() => setSecret(null)} data-testid="webhook-secret">
          <AlertTitle>{t('webhooks.secret.title')}</AlertTitle>
          {t('webhooks.secret.body')}
          <Typography
            component="pre"
            sx={{ fontFamily: 'monospace', wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}
          >
            {secret}
          </Typography>
        </Alert>
      )}
    </Stack>
  );
}
