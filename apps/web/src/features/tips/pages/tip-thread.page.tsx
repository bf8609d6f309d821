import { useApolloClient } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { TEXT_LIMITS } from '@xiaohu/domain';
import { useState } from 'react';
import type { TipThreadFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { LimitedTextField } from '../../../shared/ui/limited-text-field';
import { ProblemAlert } from '../components/problem-alert';
import { TipConversation } from '../components/tip-conversation';
import { toThreadOutcome, type PublicProblem } from '../hooks/tip-outcomes';
import { ReplyToTipMutation, TipThreadQuery } from '../tips.graphql';

/**
 * REP-9: the reporter comes back with the code and passphrase, reads 安稳办's answers and replies. The
 * passphrase stays in this page's memory only: never in the URL, storage or Apollo's cache.
 */
export function TipThreadPage() {
  const t = useT();
  const client = useApolloClient();
  const [code, setCode] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [thread, setThread] = useState<TipThreadFieldsFragment | null>(null);
  const [problem, setProblem] = useState<PublicProblem | null>(null);
  const [reply, setReply] = useState('');
  const [isBusy, setBusy] = useState(false);

  const open = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const { data } = await client.query({
        query: TipThreadQuery,
        variables: { code, passphrase },
        fetchPolicy: 'no-cache',
      });
      if (!data) throw new Error('No answer');
      const outcome = toThreadOutcome(data.tipThread);
      if (outcome.type === 'THREAD') setThread(outcome.thread);
      else setProblem(outcome);
    } catch {
      setProblem({ type: 'INVALID', field: null, limit: null });
    } finally {
      setBusy(false);
    }
  };

  const send = async () => {
    if (!reply.trim()) return;
    setBusy(true);
    setProblem(null);
    try {
      const { data } = await client.mutate({
        mutation: ReplyToTipMutation,
        variables: { input: { code, passphrase, body: reply } },
        fetchPolicy: 'no-cache',
      });
      if (!data) throw new Error('No answer');
      const outcome = toThreadOutcome(data.replyToTip);
      if (outcome.type === 'THREAD') {
        setThread(outcome.thread);
        setReply('');
      } else setProblem(outcome);
    } catch {
      setProblem({ type: 'INVALID', field: null, limit: null });
    } finally {
      setBusy(false);
    }
  };

  if (!thread) {
    return (
      <Paper
        variant="outlined"
        sx={{ p: { xs: 2, sm: 3 } }}
        component="form"
        onSubmit={(event) => {
          event.preventDefault();
          void open();
        }}
      >
        <Typography variant="h5" component="h1" gutterBottom>
          {t('tips.thread.title')}
        </Typography>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {t('tips.thread.intro')}
        </Typography>
        {problem ? <ProblemAlert problem={problem} /> : null}
        <Stack spacing={2}>
          <TextField
            label={t('tips.thread.code')}
            value={code}
            onChange={(event) => setCode(event.target.value)}
            autoComplete="off"
            slotProps={{
              htmlInput: { maxLength: 20, 'data-testid': 'thread-code', autoCapitalize: 'characters' },
            }}
          />
          <TextField
            label={t('tips.thread.passphrase')}
            type="password"
            value={passphrase}
            onChange={(event) => setPassphrase(event.target.value)}
            autoComplete="off"
            slotProps={{ htmlInput: { maxLength: 40, 'data-testid': 'thread-passphrase' } }}
          />
          <Button
            type="submit"
            variant="contained"
            size="large"
            disabled={isBusy || !code || !passphrase}
            data-testid="thread-open"
          >
            {t('tips.thread.open')}
          </Button>
        </Stack>
      </Paper>
    );
  }

  return (
    <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 } }} data-testid="tip-thread">
      <Typography variant="h5" component="h1" gutterBottom>
        {t('tips.thread.title')} · {thread.tipCode}
      </Typography>
      <Typography variant="subtitle2" component="h2">
        {t('tips.thread.yours')}
      </Typography>
      <Typography sx={{ whiteSpace: 'pre-wrap', mb: 2 }} data-testid="thread-description">
        {thread.description}
      </Typography>
      {thread.messages.length === 0 ? (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('tips.thread.empty')}
        </Alert>
      ) : (
        <TipConversation messages={thread.messages} viewer="REPORTER" />
      )}
      {problem ? <ProblemAlert problem={problem} /> : null}
      {thread.canReply ? (
        <Stack
          spacing={2}
          sx={{ mt: 2 }}
          component="form"
          onSubmit={(event) => {
            event.preventDefault();
            void send();
          }}
        >
          <LimitedTextField
            label={t('tips.thread.reply')}
            multiline
            minRows={3}
            value={reply}
            onChange={(event) => setReply(event.target.value)}
            slotProps={{ htmlInput: { maxLength: TEXT_LIMITS.tipMessage, 'data-testid': 'thread-reply' } }}
          />
          <Button
            type="submit"
            variant="contained"
            disabled={isBusy || !reply.trim()}
            data-testid="thread-send"
          >
            {t('tips.thread.send')}
          </Button>
        </Stack>
      ) : (
        <Alert severity="info" sx={{ mt: 2 }}>
          {t('tips.thread.closed')}
        </Alert>
      )}
      <Button
        sx={{ mt: 2 }}
        onClick={() => {
          setThread(null);
          setPassphrase('');
        }}
      >
        {t('tips.thread.leave')}
      </Button>
    </Paper>
  );
}
