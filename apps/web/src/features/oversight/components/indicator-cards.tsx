import Grid from '@mui/material/Grid';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import type { KindCoverage, OversightIndicatorFieldsFragment } from '../../../gql/graphql';
import { useLabels } from '../../../shared/hooks/use-labels';
import { useT, type MessageKey } from '../../../i18n/i18n';
import { formatFigure } from '../lib/format';
import { drillPath, type DashboardFilter } from '../lib/oversight-url';
import { RAG_BACKGROUND, RagDot } from './rag';

type Indicator = OversightIndicatorFieldsFragment;

// Breach kinds are shown inside the breaches card, not as cards of their own.
const isBreachKind = (id: string) => id.startsWith('BREACH_');

/** The figure as a link to the list behind it (the same filters); plain text when there is no list. */
export function FigureLink({
  indicator,
  filter,
  period,
  institutionId,
  variant = 'h4',
}: {
  indicator: Indicator;
  filter: DashboardFilter;
  period: { start: string; end: string };
  institutionId?: string;
  variant?: 'h4' | 'body1' | 'body2';
}) {
  const t = useT();
  const name = t(`oversight.indicator.${indicator.id}` as MessageKey);
  const text = formatFigure(t, indicator.unit, indicator.value);
  const to = drillPath(indicator.drill, { filter, period, isPeriodic: indicator.isPeriodic, institutionId });
  if (!to)
    return (
      <Typography variant={variant} component="span">
        {text}
      </Typography>
    );
  return (
    <Link
      component={RouterLink}
      to={to}
      variant={variant}
      aria-label={`${name}: ${text}. ${t('oversight.openList', { name })}`}
      data-testid={`figure-${indicator.id}`}
    >
      {text}
    </Link>
  );
}

export function IndicatorCards({
  indicators,
  filter,
  period,
  institutionId,
  coverageByKind = [],
}: {
  indicators: readonly Indicator[];
  filter: DashboardFilter;
  period: { start: string; end: string };
  institutionId?: string;
  /** VETTING_COVERAGE by institution kind, shown inside its card. */
  coverageByKind?: readonly Pick<KindCoverage, 'kind' | 'coverage' | 'rag'>[];
}) {
  const t = useT();
  const labels = useLabels();
  const breachKinds = indicators.filter((i) => isBreachKind(i.id));
  return (
    <Grid
      container
      spacing={2}
      sx={{ mb: 3 }}
      component="ul"
      aria-label={t('oversight.title')}
      style={{ listStyle: 'none', padding: 0 }}
    >
      {indicators
        .filter((i) => !isBreachKind(i.id))
        .map((indicator) => (
          <Grid key={indicator.id} size={{ xs: 12, sm: 6, md: 4, lg: 3 }} component="li">
            <Paper
              variant="outlined"
              sx={{ p: 2, height: '100%', bgcolor: RAG_BACKGROUND[indicator.rag] }}
              data-testid={`indicator-${indicator.id}`}
              data-rag={indicator.rag}
            >
              <Typography variant="body2" component="h3" sx={{ display: 'flex', alignItems: 'center' }}>
                <RagDot rag={indicator.rag} />
                {t(`oversight.indicator.${indicator.id}` as MessageKey)}
              </Typography>
              <FigureLink
                indicator={indicator}
                filter={filter}
                period={period}
                institutionId={institutionId}
              />
              <Typography variant="caption" color="text.secondary" component="p">
                {indicator.isPeriodic ? t('oversight.inPeriod') : t('oversight.nowReading')} ·{' '}
                {t('oversight.rules', { rules: indicator.ruleIds.join(', ') })}
              </Typography>
              {indicator.id === 'BREACHES' ? (
                <Typography
                  variant="body2"
                  component="p"
                  sx={{ mt: 1, display: 'flex', gap: 1.5, flexWrap: 'wrap' }}
                >
                  {breachKinds.map((kind) => (
                    <span key={kind.id}>
                      {t(`oversight.indicator.${kind.id}` as MessageKey)}{' '}
                      <FigureLink
                        indicator={kind}
                        filter={filter}
                        period={period}
                        institutionId={institutionId}
                        variant="body2"
                      />
                    </span>
                  ))}
                </Typography>
              ) : null}
              {indicator.id === 'VETTING_COVERAGE' && coverageByKind.length > 0 ? (
                <Typography
                  variant="body2"
                  component="p"
                  sx={{ mt: 1, display: 'flex', gap: 1.5, flexWrap: 'wrap' }}
                >
                  {coverageByKind.map((row) => (
                    <span key={row.kind} data-testid={`coverage-${row.kind}`}>
                      <RagDot rag={row.rag} />
                      {labels.kind(row.kind)} {formatFigure(t, 'PERCENT', row.coverage)}
                    </span>
                  ))}
                </Typography>
              ) : null}
            </Paper>
          </Grid>
        ))}
    </Grid>
  );
}
