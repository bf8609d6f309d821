import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import CardContent from '@mui/material/CardContent';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { paths } from '../../../app/paths';
import type { RiskSubjectSummaryFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { formatDay } from './day-field';
import { useRiskLabels } from '../hooks/use-risk-labels';
import { RiskStatusChip } from './risk-status-chip';

/** What a row names: a site by its name, a person only by type (identities never reach a list). */
function useTitle() {
  const t = useT();
  const labels = useRiskLabels();
  return (subject: RiskSubjectSummaryFieldsFragment) =>
    subject.site ? subject.site.name : labels.kindOf(subject) || t('surroundings.personHidden');
}

function Referral({ subject }: { subject: RiskSubjectSummaryFieldsFragment }) {
  const t = useT();
  const parts = [
    subject.referral.townshipReferredAt
      ? `${t('surroundings.referral.township')} ${formatDay(subject.referral.townshipReferredAt)}`
      : null,
    subject.referral.policeReferredAt
      ? `${t('surroundings.referral.police')} ${formatDay(subject.referral.policeReferredAt)}`
      : null,
  ].filter(Boolean);
  return <>{parts.length > 0 ? parts.join(' · ') : t('surroundings.referral.none')}</>;
}

/** PRV-3: the list as a table from 600 px up, as cards below (big targets for thumbs). */
export function RiskSubjectList({ subjects }: { subjects: readonly RiskSubjectSummaryFieldsFragment[] }) {
  const t = useT();
  const labels = useRiskLabels();
  const title = useTitle();
  return (
    <>
      <Stack spacing={1.5} sx={{ display: { xs: 'flex', sm: 'none' } }} data-testid="risk-subject-cards">
        {subjects.map((subject) => (
          <Card key={subject.id} variant="outlined" data-testid="risk-subject-card">
            <CardActionArea component={RouterLink} to={paths.riskSubject(subject.id)} sx={{ minHeight: 48 }}>
              <CardContent>
                <Box
                  sx={{ display: 'flex', justifyContent: 'space-between', gap: 1, alignItems: 'flex-start' }}
                >
                  <Typography variant="subtitle1" component="h2" sx={{ wordBreak: 'break-word' }}>
                    {title(subject)}
                  </Typography>
                  <RiskStatusChip status={subject.status} />
                </Box>
                <Typography variant="body2" color="text.secondary">
                  {labels.subjectType(subject.subjectType)} · {labels.kindOf(subject)}
                </Typography>
                <Typography variant="body2" color="text.secondary">
                  {subject.institutionName}
                </Typography>
                <Typography variant="body2" color="text.secondary">
                  <Referral subject={subject} />
                </Typography>
              </CardContent>
            </CardActionArea>
          </Card>
        ))}
      </Stack>
      <Paper variant="outlined" sx={{ display: { xs: 'none', sm: 'block' }, overflowX: 'auto' }}>
        <Table aria-label={t('surroundings.tableLabel')} data-testid="risk-subject-table">
          <TableHead>
            <TableRow>
              <TableCell>{t('surroundings.column.subject')}</TableCell>
              <TableCell>{t('surroundings.column.institution')}</TableCell>
              <TableCell>{t('surroundings.column.status')}</TableCell>
              <TableCell>{t('surroundings.column.referral')}</TableCell>
              <TableCell>{t('surroundings.column.lastFollowUp')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {subjects.map((subject) => (
              <TableRow key={subject.id} data-testid="risk-subject-row">
                <TableCell>
                  <Link component={RouterLink} to={paths.riskSubject(subject.id)}>
                    {title(subject)}
                  </Link>
                  <Typography variant="body2" color="text.secondary">
                    {labels.subjectType(subject.subjectType)} · {labels.kindOf(subject)}
                  </Typography>
                </TableCell>
                <TableCell>{subject.institutionName}</TableCell>
                <TableCell>
                  <RiskStatusChip status={subject.status} />
                </TableCell>
                <TableCell>
                  <Referral subject={subject} />
                </TableCell>
                <TableCell>{subject.lastFollowedUpAt ? formatDay(subject.lastFollowedUpAt) : '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Paper>
    </>
  );
}
