import type { MessageKey } from '../../../i18n/i18n';
import { useT } from '../../../i18n/i18n';

const CATEGORY_KEYS: Readonly<Record<string, MessageKey>> = {
  LEFT_BEHIND: 'childFiles.category.LEFT_BEHIND',
  IN_DIFFICULTY: 'childFiles.category.IN_DIFFICULTY',
};

/** A watch category's name: the plan's two translated, a district's own shown as the district named it. */
export function useCategoryLabel() {
  const t = useT();
  return (code: string) => {
    const key = CATEGORY_KEYS[code];
    return key ? t(key) : code;
  };
}
