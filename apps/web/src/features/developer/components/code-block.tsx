import Box from '@mui/material/Box';

/** Preformatted code that scrolls within itself (never the page, on a phone too). */
export function CodeBlock({
  children,
  maxHeight,
  testId,
}: {
  children: string;
  maxHeight?: number;
  testId?: string;
}) {
  return (
    <Box
      component="pre"
      data-testid={testId}
      tabIndex={0}
      sx={{
        m: 0,
        p: 2,
        bgcolor: 'grey.100',
        borderRadius: 1,
        overflow: 'auto',
        maxHeight,
        fontSize: 13,
        fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
        whiteSpace: 'pre',
      }}
    >
      {children}
    </Box>
  );
}
