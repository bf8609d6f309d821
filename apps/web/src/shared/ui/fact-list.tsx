import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

/** A definition list of label/value facts: two columns from `sm` up, stacked on phones. */
export function FactList({
  testId,
  rowGap = 1.5,
  children,
}: {
  testId: string;
  rowGap?: number;
  children: ReactNode;
}) {
  return (
    <Box
      component="dl"
      data-testid={testId}
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', sm: 'max-content 1fr' },
        columnGap: 4,
        rowGap,
        m: 0,
      }}
    >
      {children}
    </Box>
  );
}

/** One fact of a `FactList`; `hasLineBreaks` keeps the line breaks of free text someone typed. */
export function Fact({
  label,
  children,
  testId,
  hasLineBreaks = false,
}: {
  label: string;
  children: ReactNode;
  testId?: string;
  hasLineBreaks?: boolean;
}) {
  return (
    <>
      <Typography component="dt" variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography
        component="dd"
        sx={hasLineBreaks ? { m: 0, whiteSpace: 'pre-wrap' } : { m: 0 }}
        data-testid={testId}
      >
        {children}
      </Typography>
    </>
  );
}
