import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { MfaEnrolmentFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';

/** The QR code to scan (an <img> of the SVG as a data URL: the CSP allows img-src data:) and the secret. */
export function MfaEnrolmentSecret({ enrolment }: { enrolment: MfaEnrolmentFieldsFragment }) {
  const t = useT();
  return (
    <Stack spacing={1.5} data-testid="mfa-enrolment">
      <Alert severity="info">{t('auth.mfa.enrolIntro')}</Alert>
      <Box
        component="img"
        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(enrolment.qrCodeSvg)}`}
        alt={t('auth.mfa.qrAlt')}
        sx={{ width: 200, height: 200, alignSelf: 'center' }}
        data-testid="mfa-qr"
      />
      <Typography variant="body2">{t('auth.mfa.secretLabel')}</Typography>
      <Typography
        component="code"
        data-testid="mfa-secret"
        sx={{ fontFamily: 'monospace', wordBreak: 'break-all', userSelect: 'all' }}
      >
        {enrolment.secret.replace(/(.{4})/g, '$1 ').trim()}
      </Typography>
    </Stack>
  );
}
