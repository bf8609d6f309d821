import IconButton from '@mui/material/IconButton';
import SvgIcon from '@mui/material/SvgIcon';
import { lazy, Suspense, type ReactNode } from 'react';
import { useT } from '../../i18n/i18n';
import { splitRuleRefs } from './rule-refs';

// MUI's Tooltip (with Popper) loads just after the page has painted: the icon, its accessible name and
// data-rule-info are there at once, the tooltip a moment later (first paint, issue 14).
const Tooltip = lazy(() => import('@mui/material/Tooltip'));

const INFO_PATH =
  'M11 7h2v2h-2zm0 4h2v6h-2zm1-9C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2m0 18c-4.41 0-8-3.59-8-8s3.59-8 8-8 8 3.59 8 8-3.59 8-8 8';

/**
 * An info icon carrying the rule IDs and clauses a duty rests on: in its accessible name, and in a
 * tooltip on hover or keyboard focus (the button is focusable; the tooltip describes it while open).
 */
export function RuleInfo({ refs }: { refs: readonly string[] }) {
  const t = useT();
  if (refs.length === 0) return null;
  const rules = refs.join('、');
  const button = (
    <IconButton
      size="small"
      aria-label={t('rule.label', { rules })}
      data-rule-info={rules}
      sx={{ p: 0.25, ml: 0.5, verticalAlign: 'text-bottom', color: 'text.secondary' }}
    >
      <SvgIcon aria-hidden fontSize="inherit" sx={{ fontSize: '1rem' }}>
        <path d={INFO_PATH} />
      </SvgIcon>
    </IconButton>
  );
  return (
    <Suspense fallback={button}>
      <Tooltip title={t('rule.tooltip', { rules })} describeChild enterTouchDelay={0} arrow>
        {button}
      </Tooltip>
    </Suspense>
  );
}

/** A text whose rule citations ("（REP-3）") move into a RuleInfo icon after it. */
export function RuleText({ children }: { children: string }): ReactNode {
  const { text, refs } = splitRuleRefs(children);
  if (refs.length === 0) return children;
  return (
    <>
      {text}
      <RuleInfo refs={refs} />
    </>
  );
}

/** RuleText for a node that may be a string (PageHeader's subtitle, an alert's message). */
export function withRuleInfo(node: ReactNode): ReactNode {
  return typeof node === 'string' ? <RuleText>{node}</RuleText> : node;
}
