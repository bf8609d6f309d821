import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { paths } from '../../../app/paths';
import type { ChildFileSummaryFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { formatDay } from '../../surroundings/components/day-field';
import { useCategoryLabel } from './child-file-labels';

/** PRV-8: one watched child as a card (at every width): the talk's status first. */
export function ChildFileCard({ file }: { file: ChildFileSummaryFieldsFragment }) {
  const t = useT();
  const category = useCategoryLabel();
  const status = file.talkStatus;
  return (
    <Card variant="outlined" data-testid="child-file-card">
      <CardActionArea component={RouterLink} to={paths.childFile(file.id)} sx={{ minHeight: 48 }}>
        <CardContent>
          <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 1, flexWrap: 'wrap' }}>
            <Typography variant="subtitle1" component="h2" sx={{ wordBreak: 'break-word' }}>
              {file.childName}
            </Typography>
            {file.closedAt ? (
              <Chip size="small" label={t('childFiles.closed')} />
            ) : status.isOverdue ? (
              <Chip
                size="small"
                color="error"
                label={t('childFiles.overdue')}
                data-testid="child-file-overdue"
              />
            ) : null}
          </Box>
          <Typography variant="body2" color="text.secondary">
            {file.institutionName} · {file.className}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {file.categories.map(category).join('、')}
          </Typography>
          <Typography variant="body2" color={status.isOverdue ? 'error.main' : 'text.secondary'}>
            {status.lastTalkAt
              ? t('childFiles.lastTalk', { date: formatDay(status.lastTalkAt) })
              : t('childFiles.noTalk')}
            {file.closedAt ? '' : ` · ${t('childFiles.dueAt', { date: formatDay(status.dueAt) })}`}
          </Typography>
        </CardContent>
      </CardActionArea>
    </Card>
  );
}
