import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { getApolloContext } from '@apollo/client/react';
import { useContext, type ReactNode } from 'react';
import type { ViewerFieldsFragment } from '../../../gql/graphql';
import { WithApollo } from '../../../app/apollo';
import { useT } from '../../../i18n/i18n';
import { MfaCodeForm } from '../forms/mfa-code-form';
import { MfaEnrolmentStep } from './mfa-enrolment-step';

/** The provider's client if there is one (tests), else the app's. */
function ApolloBoundary({ children }: { children: ReactNode }) {
  const { client } = useContext(getApolloContext());
  return client ? children : <WithApollo>{children}</WithApollo>;
}

/**
 * The second step of signing in (a code, or a first enrolment). Loaded by the sign-in form only when
 * the password was right, with Apollo Client: the sign-in route's first paint carries neither.
 */
export function MfaSignInStep({
  mode,
  challenge,
  onSignedIn,
  onExpired,
}: {
  mode: 'CODE' | 'ENROL';
  challenge: string;
  onSignedIn: (viewer: ViewerFieldsFragment) => void;
  onExpired: () => void;
}) {
  const t = useT();
  return (
    <ApolloBoundary>
      {mode === 'CODE' ? (
        <Stack spacing={2}>
          <Typography variant="h6" component="h2">
            {t('auth.mfa.title')}
          </Typography>
          <Typography variant="body2">{t('auth.mfa.prompt')}</Typography>
          <MfaCodeForm mode="VERIFY" challenge={challenge} onExpired={onExpired} onSignedIn={onSignedIn} />
        </Stack>
      ) : (
        <MfaEnrolmentStep challenge={challenge} onExpired={onExpired} onSignedIn={onSignedIn} />
      )}
    </ApolloBoundary>
  );
}
