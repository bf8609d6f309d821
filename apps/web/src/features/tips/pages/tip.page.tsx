import { useApolloClient, useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { INCIDENT_CATEGORIES, TEXT_LIMITS, type IncidentCategory } from '@xiaohu/domain';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { paths } from '../../../app/paths';
import { useT } from '../../../i18n/i18n';
import { LimitedTextField } from '../../../shared/ui/limited-text-field';
import { solveChallenge } from '../hooks/proof-of-work';
import { toSubmitOutcome, type SubmitOutcome } from '../hooks/tip-outcomes';
import { ReceiptPanel } from '../components/receipt-panel';
import { ProblemAlert } from '../components/problem-alert';
import { SubmitTipMutation, TipChallengeQuery, TipSchoolsQuery } from '../tips.graphql';

const TYPED = 'TYPED';

/** REP-9: the public tip page: no sign-in, no name; a code and passphrase to come back with. */
export function TipPage() {
  const t = useT();
  const client = useApolloClient();
  const schools = useQuery(TipSchoolsQuery);
  const [category, setCategory] = useState<IncidentCategory | ''>('');
  const [school, setSchool] = useState('');
  const [schoolName, setSchoolName] = useState('');
  const [happenedWhen, setHappenedWhen] = useState('');
  const [description, setDescription] = useState('');
  const [contact, setContact] = useState('');
  const [step, setStep] = useState<'FORM' | 'WORKING' | 'SENDING'>('FORM');
  const [outcome, setOutcome] = useState<SubmitOutcome | null>(null);
  const [missing, setMissing] = useState<'category' | 'school' | 'description' | null>(null);

  if (outcome?.type === 'SENT')
    return <ReceiptPanel tipCode={outcome.tipCode} passphrase={outcome.passphrase} />;

  const send = async () => {
    setOutcome(null);
    const gap = !category
      ? 'category'
      : !school || (school === TYPED && !schoolName.trim())
        ? 'school'
        : !description.trim()
          ? 'description'
          : null;
    setMissing(gap);
    if (gap || !category) return;
    try {
      setStep('WORKING');
      const { data } = await client.query({ query: TipChallengeQuery, fetchPolicy: 'no-cache' });
      if (!data) throw new Error('No challenge');
      const nonce = await solveChallenge(data.tipChallenge.challenge, data.tipChallenge.difficulty);
      setStep('SENDING');
      const sent = await client.mutate({
        mutation: SubmitTipMutation,
        fetchPolicy: 'no-cache',
        variables: {
          input: {
            category,
            institutionId: school === TYPED ? null : school,
            schoolName: school === TYPED ? schoolName : null,
            happenedWhen: happenedWhen || null,
            description,
            contact: contact || null,
            challenge: data.tipChallenge.challenge,
            nonce,
          },
        },
      });
      if (!sent.data) throw new Error('No answer');
      setOutcome(toSubmitOutcome(sent.data.submitTip));
    } catch {
      setOutcome({ type: 'INVALID', field: null, limit: null });
    } finally {
      setStep('FORM');
    }
  };

  return (
    <Paper
      variant="outlined"
      sx={{ p: { xs: 2, sm: 3 } }}
      component="form"
      aria-labelledby="tip-title"
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <Typography id="tip-title" variant="h5" component="h1" gutterBottom>
        {t('tips.public.title')}
      </Typography>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {t('tips.public.intro')}
      </Typography>
      <Alert severity="warning" sx={{ mb: 2 }}>
        {t('tips.public.urgent')}
      </Alert>
      {outcome ? <ProblemAlert problem={outcome} /> : null}
      <Stack spacing={2}>
        <fieldset style={{ border: 0, margin: 0, padding: 0 }}>
          <Typography component="legend" variant="subtitle1" sx={{ fontWeight: 600 }}>
            {t('tips.public.category')}
          </Typography>
          <RadioGroup
            value={category}
            onChange={(event) => setCategory(event.target.value as IncidentCategory)}
            data-testid="tip-category"
          >
            {INCIDENT_CATEGORIES.map((code) => (
              <FormControlLabel
                key={code}
                value={code}
                control={<Radio slotProps={{ input: { 'data-testid': `tip-category-${code}` } as object }} />}
                label={t(`tips.category.${code}`)}
              />
            ))}
          </RadioGroup>
          {missing === 'category' ? (
            <Typography color="error" variant="body2" role="alert">
              {t('tips.public.category')}
            </Typography>
          ) : null}
        </fieldset>
        <TextField
          select
          label={t('tips.public.school')}
          value={school}
          onChange={(event) => setSchool(event.target.value)}
          error={missing === 'school' && !school}
          helperText={missing === 'school' ? t('tips.error.school') : t('tips.public.schoolPick')}
          slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'tip-school' } as object } }}
        >
          {(schools.data?.tipSchools ?? []).map((s) => (
            <MenuItem key={s.id} value={s.id}>
              {s.name}
            </MenuItem>
          ))}
          <MenuItem value={TYPED}>{t('tips.public.schoolNone')}</MenuItem>
        </TextField>
        {school === TYPED ? (
          <LimitedTextField
            label={t('tips.public.schoolTyped')}
            value={schoolName}
            onChange={(event) => setSchoolName(event.target.value)}
            error={missing === 'school'}
            slotProps={{
              htmlInput: { maxLength: TEXT_LIMITS.tipSchoolName, 'data-testid': 'tip-school-name' },
            }}
          />
        ) : null}
        <LimitedTextField
          label={t('tips.public.when')}
          value={happenedWhen}
          onChange={(event) => setHappenedWhen(event.target.value)}
          slotProps={{ htmlInput: { maxLength: TEXT_LIMITS.tipWhen, 'data-testid': 'tip-when' } }}
        />
        <LimitedTextField
          label={t('tips.public.description')}
          multiline
          minRows={4}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          error={missing === 'description'}
          helperText={
            missing === 'description' ? t('tips.error.description') : t('tips.public.descriptionHelp')
          }
          slotProps={{
            htmlInput: { maxLength: TEXT_LIMITS.tipDescription, 'data-testid': 'tip-description' },
          }}
        />
        <LimitedTextField
          label={t('tips.public.contact')}
          value={contact}
          onChange={(event) => setContact(event.target.value)}
          helperText={t('tips.public.contactHelp')}
          slotProps={{ htmlInput: { maxLength: TEXT_LIMITS.tipContact, 'data-testid': 'tip-contact' } }}
        />
        {step === 'WORKING' ? (
          <Alert severity="info" role="status">
            {t('tips.public.working')}
          </Alert>
        ) : null}
        <Button
          type="submit"
          variant="contained"
          size="large"
          disabled={step !== 'FORM'}
          data-testid="tip-send"
        >
          {step === 'FORM' ? t('tips.public.send') : t('tips.public.sending')}
        </Button>
        <Button component={RouterLink} to={paths.tipThread()} data-testid="tip-to-thread">
          {t('tips.public.toThread')}
        </Button>
      </Stack>
    </Paper>
  );
}
