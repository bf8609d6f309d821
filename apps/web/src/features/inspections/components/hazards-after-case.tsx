import { useQuery } from '@apollo/client/react';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { paths } from '../../../app/paths';
import { useT } from '../../../i18n/i18n';
import { formatDateTimeShort } from '../../../shared/lib/dates';
import { HazardsQuery } from '../inspections.graphql';
import { HazardStatusChip } from './hazard-status-chip';

/**
 * PRV-1, linked to a case: the hazards found at the case's institution since it was recorded, as far as
 * the hazard list shows them to the viewer (the caller shows this only with VIEW_HAZARDS).
 */
export function HazardsAfterCase({ institutionId, since }: { institutionId: string; since: string }) {
  const t = useT();
  const { data } = useQuery(HazardsQuery, {
    variables: { filter: { institutionId, foundFrom: since }, first: 20, offset: 0 },
  });
  const hazards = data?.hazards.items ?? [];
  return (
    <Paper variant="outlined" component="section" sx={{ p: 3, mb: 3 }} data-testid="case-hazards">
      <Typography variant="h6" component="h2" gutterBottom>
        {t('hazards.afterCase.title')}
      </Typography>
      {hazards.length === 0 ? (
        <Typography variant="body2">{t('hazards.afterCase.none')}</Typography>
      ) : (
        <List dense>
          {hazards.map((hazard) => (
            <ListItem
              key={hazard.id}
              disableGutters
              secondaryAction={<HazardStatusChip status={hazard.status} />}
            >
              <ListItemText
                primary={
                  <Link component={RouterLink} to={paths.hazard(hazard.id)}>
                    {hazard.description}
                  </Link>
                }
                secondary={formatDateTimeShort(hazard.foundAt)}
              />
            </ListItem>
          ))}
        </List>
      )}
    </Paper>
  );
}
