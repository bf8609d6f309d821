import type { IndicatorUnit } from '../../../gql/graphql';
import type { Translate } from '../../../i18n/i18n';

/** A figure as shown: counts whole, minutes and percents to one decimal; no figure says so. */
export function formatFigure(t: Translate, unit: IndicatorUnit, value: number | null | undefined): string {
  if (value === null || value === undefined) return t('oversight.noFigure');
  const rounded = Math.round(value * 10) / 10;
  switch (unit) {
    case 'COUNT':
      return String(Math.round(value));
    case 'MINUTES':
      return t('oversight.unit.minutes', { value: rounded });
    case 'PERCENT':
      return t('oversight.unit.percent', { value: rounded });
  }
}
