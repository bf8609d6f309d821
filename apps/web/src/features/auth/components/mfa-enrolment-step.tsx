import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import type { MfaEnrolmentFieldsFragment, ViewerFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { LoadingState } from '../../../shared/ui/loading-state';
import { MfaCodeForm } from '../forms/mfa-code-form';
import { useMfaSignIn } from '../hooks/use-mfa-sign-in';
import { MfaEnrolmentSecret } from './mfa-enrolment';
import { RecoveryCodes } from './recovery-codes';

/**
 * Sign-in of an account that must use MFA and has none yet: the QR code and secret, the first code,
 * then the ten recovery codes; the session is used once they are confirmed saved.
 */
export function MfaEnrolmentStep({
  challenge,
  onSignedIn,
  onExpired,
}: {
  challenge: string;
  onSignedIn: (viewer: ViewerFieldsFragment) => void;
  onExpired: () => void;
}) {
  const t = useT();
  const { beginEnrolment, rememberViewer } = useMfaSignIn();
  const [enrolment, setEnrolment] = useState<MfaEnrolmentFieldsFragment | null | 'FAILED'>(null);
  const [done, setDone] = useState<{ viewer: ViewerFieldsFragment; codes: string[] } | null>(null);

  useEffect(() => {
    let isCurrent = true;
    beginEnrolment(challenge).then(
      (result) => isCurrent && setEnrolment(result ?? 'FAILED'),
      () => isCurrent && setEnrolment('FAILED'),
    );
    return () => {
      isCurrent = false;
    };
  }, [beginEnrolment, challenge]);

  if (done) {
    return (
      <RecoveryCodes
        codes={done.codes}
        onDone={() => void rememberViewer(done.viewer).then(() => onSignedIn(done.viewer))}
      />
    );
  }
  if (enrolment === null) return <LoadingState />;
  if (enrolment === 'FAILED') return <Alert severity="error">{t('auth.mfa.enrolFailed')}</Alert>;
  return (
    <Stack spacing={2}>
      <Typography variant="h6" component="h2">
        {t('auth.mfa.enrolTitle')}
      </Typography>
      <Typography variant="body2">{t('auth.mfa.enrolRequired')}</Typography>
      <MfaEnrolmentSecret enrolment={enrolment} />
      <MfaCodeForm
        mode="ENROL"
        challenge={challenge}
        onExpired={onExpired}
        onSignedIn={(viewer, codes) => setDone({ viewer, codes: codes ?? [] })}
      />
    </Stack>
  );
}
