import Box from '@mui/material/Box';
import type { ReactNode } from 'react';

/**
 * A form's primary actions kept in reach: the bar sticks to the bottom of the screen while the form
 * runs on below it, so a long form on a phone can be sent without scrolling to its end. On a phone the
 * buttons share the bar's width (thumb-sized); from 600 px they sit at the right.
 */
export function StickyActionBar({
  children,
  testId = 'sticky-actions',
}: {
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Box
      data-testid={testId}
      sx={{
        position: 'sticky',
        bottom: 0,
        zIndex: (theme) => theme.zIndex.appBar - 1,
        bgcolor: 'background.paper',
        borderTop: 1,
        borderColor: 'divider',
        boxShadow: '0 -2px 6px rgba(0, 0, 0, 0.08)',
        px: 2,
        pt: 1.5,
        pb: 'calc(12px + env(safe-area-inset-bottom, 0px))',
        display: 'flex',
        gap: 1,
        flexWrap: 'wrap',
        justifyContent: 'flex-end',
        alignItems: 'center',
        '& > .MuiButton-root': { flex: { xs: '1 1 0', sm: '0 0 auto' }, minHeight: 48 },
      }}
    >
      {children}
    </Box>
  );
}
