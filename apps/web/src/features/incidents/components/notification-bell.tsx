import { useQuery } from '@apollo/client/react';
import Badge from '@mui/material/Badge';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import SvgIcon from '@mui/material/SvgIcon';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '../../../app/paths';
import { useT } from '../../../i18n/i18n';
import { formatDateTimeShort } from '../../../shared/lib/dates';
import { useMarkNotificationRead } from '../hooks/use-mark-notification-read';
import { MyNotificationsQuery } from '../incidents.graphql';

const SHOWN = 10;
// A new disclosure must reach the head within minutes (REP-2): poll rather than wait for a reload.
const POLL_MS = 15_000;

/** The bell in the layout: unread count, the latest notifications, a click opens the case. */
export function NotificationBell() {
  const t = useT();
  const navigate = useNavigate();
  const markRead = useMarkNotificationRead();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const { data, error } = useQuery(MyNotificationsQuery, {
    variables: { first: SHOWN },
    pollInterval: POLL_MS,
  });
  const connection = data?.myNotifications;
  const unread = connection?.unreadCount ?? 0;
  const items = connection?.edges.map((edge) => edge.node) ?? [];

  const open = async (id: string, caseId: string | null | undefined, isUnread: boolean) => {
    setAnchor(null);
    if (caseId) void navigate(paths.case(caseId));
    // Reading is best-effort: a failure must not keep the user from the case.
    if (isUnread) await markRead(id).catch(() => undefined);
  };

  return (
    <>
      <Button
        color="inherit"
        onClick={(event) => setAnchor(event.currentTarget)}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : 'false'}
        aria-controls={anchor ? 'notifications-menu' : undefined}
        aria-label={
          unread > 0
            ? t('incidents.notifications.buttonUnread', { count: unread })
            : t('incidents.notifications.button')
        }
        data-testid="notifications-button"
        data-unread={unread}
      >
        <Badge badgeContent={unread} color="error" max={99}>
          <SvgIcon aria-hidden fontSize="small">
            <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22zm7-6v-5a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2z" />
          </SvgIcon>
        </Badge>
        <Typography component="span" variant="button" sx={{ ml: 1.5 }}>
          {t('incidents.notifications.button')}
        </Typography>
      </Button>
      <Menu
        id="notifications-menu"
        anchorEl={anchor}
        open={Boolean(anchor)}
        onClose={() => setAnchor(null)}
        slotProps={{
          paper: { sx: { width: 400, maxWidth: '95vw' } },
          list: { 'aria-label': t('incidents.notifications.title') },
        }}
        data-testid="notifications-menu"
      >
        {error ? (
          <MenuItem disabled>{t('incidents.notifications.loadFailed')}</MenuItem>
        ) : items.length === 0 ? (
          <MenuItem disabled>{t('incidents.notifications.empty')}</MenuItem>
        ) : (
          items.flatMap((item, index) => [
            index > 0 ? <Divider key={`${item.id}-divider`} component="li" /> : null,
            <MenuItem
              key={item.id}
              onClick={() => void open(item.id, item.caseId, !item.readAt)}
              data-testid="notification-item"
              data-read={item.readAt ? 'true' : 'false'}
              sx={{
                whiteSpace: 'normal',
                alignItems: 'flex-start',
                fontWeight: item.readAt ? 'normal' : 'bold',
              }}
            >
              <ListItemText
                primary={item.readAt ? item.title : `● ${item.title}`}
                secondary={`${formatDateTimeShort(item.createdAt)} · ${item.body}`}
                slotProps={{ primary: { sx: { fontWeight: item.readAt ? 400 : 700 } } }}
              />
            </MenuItem>,
          ])
        )}
      </Menu>
    </>
  );
}
