import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import type { NotificationItemFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { formatDateTimeShort } from '../../../shared/lib/dates';

type Item = NotificationItemFragment;

/** The bell's menu: the latest notifications, urgent first; a click opens the case (NotificationBell). */
export function NotificationMenu({
  anchor,
  onClose,
  items,
  failed,
  canAskDesktop,
  words,
  onOpen,
}: {
  anchor: HTMLElement | null;
  onClose: () => void;
  items: readonly Item[];
  failed: boolean;
  canAskDesktop: boolean;
  words: (item: Item) => { title: string; body: string };
  onOpen: (item: Item) => void;
}) {
  const t = useT();
  return (
    <Menu
      id="notifications-menu"
      anchorEl={anchor}
      open={Boolean(anchor)}
      onClose={onClose}
      slotProps={{
        paper: { sx: { width: 400, maxWidth: '95vw' } },
        list: { 'aria-label': t('incidents.notifications.title') },
      }}
      data-testid="notifications-menu"
    >
      {canAskDesktop ? (
        <MenuItem onClick={() => void Notification.requestPermission()} data-testid="notifications-desktop">
          {t('incidents.notifications.allowDesktop')}
        </MenuItem>
      ) : null}
      {failed ? (
        <MenuItem disabled>{t('incidents.notifications.loadFailed')}</MenuItem>
      ) : items.length === 0 ? (
        <MenuItem disabled>{t('incidents.notifications.empty')}</MenuItem>
      ) : (
        items.flatMap((item, index) => {
          const { title, body } = words(item);
          return [
            index > 0 ? <Divider key={`${item.id}-divider`} component="li" /> : null,
            <MenuItem
              key={item.id}
              onClick={() => onOpen(item)}
              data-testid="notification-item"
              data-read={item.readAt ? 'true' : 'false'}
              data-urgent={item.urgent ? 'true' : 'false'}
              sx={{
                whiteSpace: 'normal',
                alignItems: 'flex-start',
                fontWeight: item.readAt ? 'normal' : 'bold',
                ...(item.urgent ? { borderLeft: 4, borderColor: 'error.main' } : {}),
              }}
            >
              <ListItemText
                primary={
                  <>
                    {item.urgent ? (
                      <Chip
                        label={t('incidents.notifications.urgent')}
                        color="error"
                        size="small"
                        sx={{ mr: 1 }}
                        data-testid="notification-urgent"
                      />
                    ) : null}
                    {item.readAt ? title : `● ${title}`}
                  </>
                }
                secondary={`${formatDateTimeShort(item.createdAt)} · ${body}`}
                slotProps={{ primary: { sx: { fontWeight: item.readAt ? 400 : 700 } } }}
              />
            </MenuItem>,
          ];
        })
      )}
    </Menu>
  );
}
