import { useMutation, useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { TEXT_LIMITS } from '@xiaohu/domain';
import { useState, type ReactNode } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { paths } from '../../../app/paths';
import type { TipFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { formatDateTime } from '../../../shared/lib/dates';
import { ConfirmDialog } from '../../../shared/ui/confirm-dialog';
import { EmptyState } from '../../../shared/ui/empty-state';
import { Fact, FactList } from '../../../shared/ui/fact-list';
import { LimitedTextField } from '../../../shared/ui/limited-text-field';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { QueryError } from '../../../shared/ui/query-error';
import { ConvertTipDialog, type ConvertValues } from '../components/convert-tip-dialog';
import { TipConversation } from '../components/tip-conversation';
import { toTipOutcome, type StaffTipResult } from '../hooks/tip-outcomes';
import { AnswerTipMutation, CloseTipMutation, ConvertTipToCaseMutation, TipQuery } from '../tips.graphql';

function Section({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 } }} data-testid={testId}>
      <Typography variant="h6" component="h2" gutterBottom>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

/** REP-9: one tip for 安稳办 (every read audited): the conversation and what the server allows next. */
export function TipDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(TipQuery, { variables: { id } });
  if (loading && !data) return <LoadingState />;
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data?.tip) {
    return (
      <EmptyState
        title={t('tips.inbox.empty')}
        body={t('tips.inbox.subtitle')}
        action={
          <Button component={RouterLink} to={paths.tips()}>
            {t('tips.inbox.title')}
          </Button>
        }
      />
    );
  }
  return <TipDetail tip={data.tip} />;
}

export function TipDetail({ tip: initial }: { tip: TipFieldsFragment }) {
  const t = useT();
  const [tip, setTip] = useState(initial);
  const [answer, setAnswer] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const [isClosing, setClosing] = useState(false);
  const [isConverting, setConverting] = useState(false);
  const [answerTip, answering] = useMutation(AnswerTipMutation);
  const [closeTip, closing] = useMutation(CloseTipMutation);
  const [convertTip, converting] = useMutation(ConvertTipToCaseMutation);

  const apply = (result: StaffTipResult | undefined): boolean => {
    if (!result) return false;
    const outcome = toTipOutcome(result);
    if (outcome.type === 'SAVED') {
      setTip(outcome.tip);
      setRefusal(null);
      return true;
    }
    setRefusal(t('tips.detail.refused', { message: outcome.message }));
    return false;
  };

  const send = async () => {
    const { data } = await answerTip({ variables: { input: { tipId: tip.id, body: answer } } });
    if (apply(data?.answerTip)) setAnswer('');
  };
  const close = async () => {
    const { data } = await closeTip({ variables: { input: { tipId: tip.id } } });
    apply(data?.closeTip);
    setClosing(false);
  };
  const convert = async (values: ConvertValues) => {
    const { data } = await convertTip({
      variables: {
        input: {
          tipId: tip.id,
          institutionId: values.institutionId,
          suspectType: values.suspectType,
          institutionKnewAt: values.institutionKnewAt.toISOString(),
        },
      },
    });
    if (apply(data?.convertTipToCase)) setConverting(false);
  };

  return (
    <>
      <Button component={RouterLink} to={paths.tips()} sx={{ mb: 1 }}>
        ← {t('tips.inbox.title')}
      </Button>
      <PageHeader
        title={t('tips.detail.title', { code: tip.tipCode })}
        actions={
          <Stack direction="row" spacing={1}>
            {tip.viewerCan.convert ? (
              <Button variant="contained" onClick={() => setConverting(true)} data-testid="tip-convert">
                {t('tips.detail.convert')}
              </Button>
            ) : null}
            {tip.viewerCan.close ? (
              <Button color="warning" onClick={() => setClosing(true)} data-testid="tip-close">
                {t('tips.detail.close')}
              </Button>
            ) : null}
            {tip.caseId ? (
              <Button component={RouterLink} to={paths.case(tip.caseId)} data-testid="tip-case">
                {t('tips.detail.case')}
              </Button>
            ) : null}
          </Stack>
        }
      />
      {refusal ? (
        <Alert severity="error" sx={{ mb: 2 }} role="alert">
          {refusal}
        </Alert>
      ) : null}
      <Stack spacing={2}>
        <Section title={t(`tips.category.${tip.category}`)} testId="tip-facts">
          <Stack direction="row" spacing={1} sx={{ mb: 1 }}>
            <Chip size="small" label={t(`tips.status.${tip.status}`)} data-testid="tip-status" />
            {tip.isConfidential ? (
              <Chip size="small" color="error" label={t('tips.inbox.confidential')} />
            ) : null}
          </Stack>
          <FactList testId="tip-fact-list">
            <Fact label={t('tips.column.school')}>
              {tip.school ?? '—'}
              {tip.school && !tip.institutionId ? ` ${t('tips.inbox.typedSchool')}` : ''}
            </Fact>
            <Fact label={t('tips.detail.when')}>{tip.happenedWhen ?? '—'}</Fact>
            <Fact label={t('tips.column.lastMessage')}>{formatDateTime(tip.submittedAt)}</Fact>
            <Fact label={t('tips.detail.contact')}>{tip.contact ?? t('tips.detail.noContact')}</Fact>
          </FactList>
          <Typography sx={{ whiteSpace: 'pre-wrap', mt: 2 }} data-testid="tip-description">
            {tip.description}
          </Typography>
        </Section>
        <Section title={t('tips.detail.conversation')} testId="tip-conversation">
          <TipConversation messages={tip.messages} viewer="SAFETY" />
          {tip.viewerCan.answer ? (
            <Stack
              spacing={2}
              sx={{ mt: 2 }}
              component="form"
              onSubmit={(event) => {
                event.preventDefault();
                if (answer.trim()) void send();
              }}
            >
              <LimitedTextField
                label={t('tips.detail.answer')}
                multiline
                minRows={3}
                value={answer}
                onChange={(event) => setAnswer(event.target.value)}
                slotProps={{ htmlInput: { maxLength: TEXT_LIMITS.tipMessage, 'data-testid': 'tip-answer' } }}
              />
              <Button
                type="submit"
                variant="contained"
                disabled={answering.loading || !answer.trim()}
                data-testid="tip-answer-send"
              >
                {t('tips.detail.send')}
              </Button>
            </Stack>
          ) : null}
        </Section>
      </Stack>
      <ConfirmDialog
        open={isClosing}
        title={t('tips.detail.close')}
        body={t('tips.detail.closeConfirm')}
        busy={closing.loading}
        onConfirm={() => void close()}
        onCancel={() => setClosing(false)}
        testId="tip-close-confirm"
      />
      {isConverting ? (
        <ConvertTipDialog
          tip={tip}
          open
          busy={converting.loading}
          error={refusal}
          onConvert={(values) => void convert(values)}
          onCancel={() => setConverting(false)}
        />
      ) : null}
    </>
  );
}
