import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import type { PreventionGapItemFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { gapLink } from '../lib/gap-link';
import { RuleInfo, RuleText } from '../../../shared/rules/rule-info';

/** One gap as a card (it reads the same on a phone): what is missing, whom it concerns, where to fix it. */
export function GapCard({
  gap,
  institutionId,
}: {
  gap: PreventionGapItemFieldsFragment;
  institutionId?: string;
}) {
  const t = useT();
  const link = gapLink(gap.fixPath, gap.fixTargetId ?? null, institutionId);
  const subject = gap.isSubjectHidden
    ? t('careGaps.aChild')
    : (gap.label ?? (gap.subjectKind === 'CASE' ? t('careGaps.aCase') : null));
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="prevention-gap">
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={1}
        sx={{ justifyContent: 'space-between', alignItems: { sm: 'center' } }}
      >
        <Stack spacing={0.5} sx={{ minWidth: 0 }}>
          <Typography sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
            {t(`careGaps.code.${gap.code}`)}
            {subject ? `：${subject}` : ''}
            <RuleInfo refs={[t('careGaps.rule', { ruleId: gap.ruleId, clause: gap.clause })]} />
          </Typography>
          <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
            {gap.responsibleStaffName ? (
              <Typography variant="body2" color="text.secondary">
                {t('careGaps.responsible', { name: gap.responsibleStaffName })}
              </Typography>
            ) : null}
          </Stack>
        </Stack>
        {link ? (
          <Button component={RouterLink} to={link} variant="outlined" size="small" sx={{ flexShrink: 0 }}>
            {t('careGaps.fix')}
          </Button>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** Gaps grouped by rule (PRV-2 … PRV-10), in the server's order. */
export function GapGroups({
  gaps,
  institutionId,
}: {
  gaps: PreventionGapItemFieldsFragment[];
  institutionId?: string;
}) {
  const t = useT();
  const groups = new Map<string, PreventionGapItemFieldsFragment[]>();
  for (const gap of gaps) groups.set(gap.ruleId, [...(groups.get(gap.ruleId) ?? []), gap]);
  const ordered = [...groups.entries()].sort(
    ([a], [b]) => Number(a.replace(/\D/g, '')) - Number(b.replace(/\D/g, '')),
  );
  return (
    <Stack spacing={3}>
      {ordered.map(([ruleId, own]) => (
        <section key={ruleId} aria-labelledby={`gaps-${ruleId}`}>
          <Typography id={`gaps-${ruleId}`} variant="h6" component="h2" gutterBottom>
            <RuleText>{t(`careGaps.group.${ruleId}` as `careGaps.group.PRV-2`)}</RuleText>
          </Typography>
          <Stack spacing={1}>
            {own.map((gap, index) => (
              <GapCard key={`${gap.code}-${index}`} gap={gap} institutionId={institutionId} />
            ))}
          </Stack>
        </section>
      ))}
    </Stack>
  );
}
