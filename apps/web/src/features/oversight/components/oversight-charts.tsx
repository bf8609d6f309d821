import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import type { OversightQuery } from '../../../gql/graphql';
import { useT, type MessageKey } from '../../../i18n/i18n';
import { useLabels } from '../../../shared/hooks/use-labels';
import { EChart, type ChartOption } from './echart';

type Dashboard = OversightQuery['oversight'];

const CATEGORIES = ['SEXUAL_ASSAULT', 'MOLESTATION', 'ABUSE', 'BULLYING_VIOLENCE', 'OTHER'] as const;
const BREACHES = ['LATE_REPORT', 'OMISSION', 'CONCEALMENT', 'PRIVATE_SETTLEMENT'] as const;
const SECTIONS = ['BASIC', 'PRESCHOOL', 'VOCATIONAL'] as const;

function ChartCard({
  title,
  isEmpty,
  children,
}: {
  title: string;
  isEmpty: boolean;
  children: React.ReactNode;
}) {
  const t = useT();
  return (
    <Paper variant="outlined" sx={{ p: 2, height: '100%' }}>
      <Typography variant="subtitle1" component="h3" gutterBottom>
        {title}
      </Typography>
      {isEmpty ? (
        <Typography variant="body2" color="text.secondary" role="status">
          {t('oversight.chart.empty')}
        </Typography>
      ) : (
        children
      )}
    </Paper>
  );
}

/** The dashboard's three charts: monthly trend by category, time to police against the deadline, breaches by section. */
export function OversightCharts({ dashboard }: { dashboard: Dashboard }) {
  const t = useT();
  const labels = useLabels();
  const category = (c: string) => t(`incidents.category.${c}` as MessageKey);
  const breach = (b: string) => t(`incidents.breach.${b}` as MessageKey);

  const trend = useMemo<ChartOption>(() => {
    const months = [...new Set(dashboard.trend.map((r) => r.month))].sort();
    return {
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 40, right: 16, top: 16, bottom: 48 },
      xAxis: { type: 'category', data: months },
      yAxis: { type: 'value', minInterval: 1, name: t('oversight.chart.cases') },
      series: CATEGORIES.map((c) => ({
        type: 'bar',
        stack: 'cases',
        name: category(c),
        data: months.map((m) => dashboard.trend.find((r) => r.month === m && r.category === c)?.count ?? 0),
      })),
    };
  }, [dashboard.trend, t]);

  const timeToPolice = useMemo<ChartOption>(() => {
    const names = dashboard.timeToPolice.map((b) =>
      b.toMinutes === null ? `≥${b.fromMinutes}` : `${b.fromMinutes}–${b.toMinutes}`,
    );
    const firstLate = dashboard.timeToPolice.findIndex((b) => !b.isWithinDeadline);
    return {
      tooltip: { trigger: 'axis' },
      grid: { left: 40, right: 16, top: 24, bottom: 32 },
      xAxis: { type: 'category', data: names, name: t('oversight.chart.minutes') },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'bar',
          name: t('oversight.chart.cases'),
          data: dashboard.timeToPolice.map((b) => ({
            value: b.count,
            itemStyle: { color: b.isWithinDeadline ? '#2e7d32' : '#c62828' },
          })),
          markArea:
            firstLate >= 0
              ? {
                  itemStyle: { color: 'rgba(198, 40, 40, 0.08)' },
                  label: {
                    formatter: t('oversight.chart.deadline', { minutes: dashboard.policeDeadlineMinutes }),
                  },
                  data: [[{ xAxis: names[firstLate] }, { xAxis: names[names.length - 1] }]],
                }
              : undefined,
        },
      ],
    };
  }, [dashboard.timeToPolice, dashboard.policeDeadlineMinutes, t]);

  const bySection = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 40, right: 16, top: 16, bottom: 48 },
      xAxis: { type: 'category', data: SECTIONS.map((s) => labels.unit(s)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: BREACHES.map((b) => ({
        type: 'bar',
        stack: 'breaches',
        name: breach(b),
        data: SECTIONS.map(
          (s) => dashboard.breachesBySection.find((r) => r.section === s && r.breach === b)?.count ?? 0,
        ),
      })),
    }),
    [dashboard.breachesBySection, labels, t],
  );

  return (
    <Grid container spacing={2} sx={{ mb: 3 }}>
      <Grid size={{ xs: 12, md: 6 }}>
        <ChartCard title={t('oversight.chart.trend')} isEmpty={dashboard.trend.length === 0}>
          <EChart option={trend} label={t('oversight.chart.trend')} />
        </ChartCard>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <ChartCard
          title={t('oversight.chart.timeToPolice')}
          isEmpty={dashboard.timeToPolice.every((b) => b.count === 0)}
        >
          <EChart option={timeToPolice} label={t('oversight.chart.timeToPolice')} />
        </ChartCard>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <ChartCard
          title={t('oversight.chart.breachesBySection')}
          isEmpty={dashboard.breachesBySection.length === 0}
        >
          <EChart option={bySection} label={t('oversight.chart.breachesBySection')} />
        </ChartCard>
      </Grid>
    </Grid>
  );
}
