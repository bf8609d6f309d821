import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import { createContext, useContext } from 'react';
import { NavLink } from 'react-router';
import { prefetchRoute } from '../route-prefetch';

/** Closes the phone's navigation drawer once an entry is chosen (a no-op in the side navigation). */
export const NavCloseContext = createContext<() => void>(() => undefined);

/**
 * One entry of the main navigation: a link that starts loading its page's chunk on hover or focus, so
 * the click finds it ready. `prominent`: the red 报告 entry, which must stand out on every screen.
 */
export function NavEntry({
  to,
  label,
  testId,
  prominent = false,
  title,
}: {
  to: string;
  label: string;
  testId: string;
  prominent?: boolean;
  title?: string;
}) {
  const close = useContext(NavCloseContext);
  const prefetch = () => prefetchRoute(to);
  return (
    <ListItemButton
      component={NavLink}
      to={to}
      end={to === '/'}
      data-testid={testId}
      title={title}
      onMouseEnter={prefetch}
      onFocus={prefetch}
      onClick={close}
      sx={
        prominent
          ? {
              mx: 1.5,
              my: 1,
              borderRadius: 1,
              minHeight: 48,
              bgcolor: 'error.main',
              color: 'error.contrastText',
              fontWeight: 700,
              boxShadow: 3,
              justifyContent: 'center',
              '&:hover, &.Mui-focusVisible': { bgcolor: 'error.dark' },
              '&.active': { bgcolor: 'error.dark' },
            }
          : {
              minHeight: 44,
              '&.active': { bgcolor: 'action.selected', borderLeft: 4, borderColor: 'primary.main', pl: 1.5 },
            }
      }
    >
      <ListItemText
        primary={label}
        slotProps={{ primary: { sx: prominent ? { fontWeight: 700, textAlign: 'center' } : undefined } }}
      />
    </ListItemButton>
  );
}
