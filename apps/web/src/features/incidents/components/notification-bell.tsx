import { useQuery } from '@apollo/client/react';
import Badge from '@mui/material/Badge';
import Button from '@mui/material/Button';
import SvgIcon from '@mui/material/SvgIcon';
import Typography from '@mui/material/Typography';
import Snackbar from '@mui/material/Snackbar';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '../../../app/paths';
import { useI18n } from '../../../i18n/i18n';
import type { NotificationItemFragment } from '../../../gql/graphql';
import { useMarkNotificationRead } from '../hooks/use-mark-notification-read';
import { useMailLanguage } from '../hooks/use-mail-language';
import { notificationWords, urgentFirst } from '../hooks/notification-words';
import { MyNotificationsQuery } from '../incidents.graphql';
import { MyNotificationsChangedSubscription } from '../live.graphql';
import { fallbackPollInterval, useLiveStatus } from '../../../shared/live/live-status';
import { useLiveRefetch } from '../../../shared/live/use-live-refetch';

const SHOWN = 10;

const NotificationMenu = lazy(() =>
  import('./notification-menu').then((m) => ({ default: m.NotificationMenu })),
);

type Item = NotificationItemFragment;

/** Where a notification leads: its case, or its hazard. */
const targetOf = (item: Item) =>
  item.caseId ? paths.case(item.caseId) : item.facts?.hazardId ? paths.hazard(item.facts.hazardId) : null;

/**
 * The newest unread notification that was not there before, once the first answer is in: a new
 * disclosure must reach the head within minutes (REP-2), so it is announced, not only counted.
 */
function useArrivals(
  items: readonly Item[],
  loaded: boolean,
  titleOf: (item: Item) => string,
): [Item | null, () => void] {
  const seen = useRef<Set<string> | null>(null);
  const [arrival, setArrival] = useState<Item | null>(null);
  useEffect(() => {
    if (!loaded) return;
    const known = seen.current;
    seen.current = new Set(items.map((item) => item.id));
    if (known === null) return;
    const fresh = items.find((item) => !item.readAt && !known.has(item.id));
    if (!fresh) return;
    setArrival(fresh);
    // A desktop notification only when the user allowed it and is looking elsewhere.
    if (typeof Notification !== 'undefined' && Notification.permission === 'granted' && document.hidden)
      // An urgent one (a child in danger) stays on screen until the user acts on it.
      new Notification(titleOf(fresh), { tag: fresh.id, requireInteraction: fresh.urgent });
  }, [items, loaded, titleOf]);
  return [arrival, () => setArrival(null)];
}

/** The bell in the layout: unread count, the latest notifications, a click opens the case. */
export function NotificationBell() {
  const { t, language } = useI18n();
  useMailLanguage();
  const navigate = useNavigate();
  const markRead = useMarkNotificationRead();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [everOpened, setEverOpened] = useState(false);
  // Live through the subscription; polled once a minute only while the socket is down.
  const { data, error, refetch } = useQuery(MyNotificationsQuery, {
    variables: { first: SHOWN },
    pollInterval: fallbackPollInterval(useLiveStatus()),
  });
  useLiveRefetch(MyNotificationsChangedSubscription, { refetch });
  const connection = data?.myNotifications;
  const unread = connection?.unreadCount ?? 0;
  const urgent = connection?.urgentUnread ?? [];
  const items = urgentFirst(urgent, connection?.edges.map((edge) => edge.node) ?? []);
  const words = (item: Item) => notificationWords(item, language);
  const [arrival, dismiss] = useArrivals(items, Boolean(data), (item) => words(item).title);
  const canAskDesktop = typeof Notification !== 'undefined' && Notification.permission === 'default';

  const open = async (item: Item) => {
    const { id } = item;
    const isUnread = !item.readAt;
    setAnchor(null);
    const target = targetOf(item);
    if (target) void navigate(target);
    // Reading is best-effort: a failure must not keep the user from the case.
    if (isUnread) await markRead(id).catch(() => undefined);
  };

  return (
    <>
      <Button
        color="inherit"
        onClick={(event) => {
          setEverOpened(true);
          setAnchor(event.currentTarget);
        }}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : 'false'}
        aria-controls={anchor ? 'notifications-menu' : undefined}
        aria-label={
          urgent.length > 0
            ? t('incidents.notifications.buttonUrgent', { count: unread, urgent: urgent.length })
            : unread > 0
              ? t('incidents.notifications.buttonUnread', { count: unread })
              : t('incidents.notifications.button')
        }
        data-testid="notifications-button"
        // Stated once the count is known: a test reading it before the first answer would read 0.
        data-unread={connection ? unread : undefined}
        data-urgent={urgent.length}
      >
        {/* REP-6: a child in danger turns the badge red; otherwise it only counts. */}
        <Badge badgeContent={unread} color={urgent.length > 0 ? 'error' : 'secondary'} max={99}>
          <SvgIcon aria-hidden fontSize="small">
            <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22zm7-6v-5a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2z" />
          </SvgIcon>
        </Badge>
        <Typography component="span" variant="button" sx={{ ml: 1.5 }}>
          {t('incidents.notifications.button')}
        </Typography>
      </Button>
      <Snackbar
        open={arrival !== null}
        onClose={(_event, reason) => reason !== 'clickaway' && dismiss()}
        autoHideDuration={10_000}
        anchorOrigin={{ vertical: 'top', horizontal: 'center' }}
        message={
          arrival
            ? t(
                arrival.urgent ? 'incidents.notifications.arrivedUrgent' : 'incidents.notifications.arrived',
                {
                  title: words(arrival).title,
                },
              )
            : ''
        }
        data-testid="notification-toast"
        data-urgent={arrival?.urgent ? 'true' : 'false'}
        slotProps={{
          content: arrival?.urgent
            ? { sx: { bgcolor: 'error.main', color: 'error.contrastText', fontWeight: 700 } }
            : undefined,
        }}
        action={
          arrival && targetOf(arrival) ? (
            <Button
              color="inherit"
              size="small"
              onClick={() => {
                dismiss();
                void open(arrival);
              }}
            >
              {t('incidents.notifications.open')}
            </Button>
          ) : null
        }
      />
      {/* Loaded on the first click: MUI's Menu is not part of the signed-in first paint (issue 14). */}
      {everOpened ? (
        <Suspense fallback={null}>
          <NotificationMenu
            anchor={anchor}
            onClose={() => setAnchor(null)}
            items={items}
            failed={Boolean(error)}
            canAskDesktop={canAskDesktop}
            words={words}
            onOpen={(item) => void open(item)}
          />
        </Suspense>
      ) : null}
    </>
  );
}
