import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { paths } from '../../../app/paths';
import type { MyWorkQuery } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { GapCard } from './gap-list';

type MyCareGaps = MyWorkQuery['myWork']['careGaps'];

/**
 * PRV-8 and the other gaps on the home: the head's count and first few with a link to the page, a
 * teacher's the ones she is responsible for (an overdue talk). Nothing when there is none.
 */
export function MyCareGapsSection({ gaps }: { gaps: MyCareGaps }) {
  const t = useT();
  if (gaps.total === 0) return null;
  const institutionId = gaps.institutionId ?? undefined;
  return (
    <section aria-labelledby="home-care-gaps" data-testid="home-care-gaps">
      <Typography id="home-care-gaps" variant="h6" component="h2" gutterBottom>
        {t('careGaps.home.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" gutterBottom>
        {t(gaps.canOpenList ? 'careGaps.home.headLead' : 'careGaps.home.ownLead', { count: gaps.total })}
      </Typography>
      <Stack spacing={1}>
        {gaps.first.map((gap, index) => (
          <GapCard key={`${gap.code}-${index}`} gap={gap} institutionId={institutionId} />
        ))}
      </Stack>
      {gaps.canOpenList ? (
        <Button
          component={RouterLink}
          to={paths.preventionGaps(institutionId)}
          sx={{ mt: 1 }}
          data-testid="home-care-gaps-all"
        >
          {t('careGaps.home.all')}
        </Button>
      ) : null}
    </section>
  );
}
