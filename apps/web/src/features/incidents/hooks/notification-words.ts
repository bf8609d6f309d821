import { notificationText, type NotificationKind } from '@xiaohu/domain';
import type { NotificationItemFragment } from '../../../gql/graphql';
import type { Language } from '../../../i18n/i18n';
import { DISPLAY_TIME_ZONE } from '../../../shared/lib/dates';

/**
 * A notification's title and body in the reader's current language, worded from its facts by the domain
 * (the same words its mail was written with, as of the moment it was written); one written before
 * facts were kept shows its stored title and body.
 */
export function notificationWords(
  item: NotificationItemFragment,
  language: Language,
): { title: string; body: string } {
  if (!item.facts) return { title: item.title, body: item.body };
  const { title, body } = notificationText(
    item.kind as NotificationKind,
    {
      institutionName: item.facts.institutionName,
      category: item.facts.category ?? null,
      deadlineKind: item.facts.deadlineKind ?? null,
      dueAt: item.facts.dueAt ?? null,
      hazardItemZh: item.facts.hazardItemZh ?? null,
      hazardItemEn: item.facts.hazardItemEn ?? null,
      hazardId: item.facts.hazardId ?? null,
      isChildInDanger: item.facts.isChildInDanger,
    },
    language,
    new Date(item.createdAt),
    DISPLAY_TIME_ZONE,
  );
  return { title, body };
}

/** The unread urgent ones first (REP-6), then the page without them. */
export function urgentFirst(
  urgent: readonly NotificationItemFragment[],
  page: readonly NotificationItemFragment[],
): NotificationItemFragment[] {
  const first = new Set(urgent.map((item) => item.id));
  return [...urgent, ...page.filter((item) => !first.has(item.id))];
}
