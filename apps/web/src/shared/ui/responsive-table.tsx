import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell, { type TableCellProps } from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { ReactNode } from 'react';

/** `data-*` attributes (test ids, ids, states) a row or a cell carries in both forms. */
export type DataAttributes = { [key: `data-${string}`]: string | number | boolean | undefined };

/** Extra attributes of one cell: the table cell's props, and on a card the fact's value gets the same. */
export type CellAttributes = DataAttributes & {
  role?: string;
  sx?: TableCellProps['sx'];
  align?: TableCellProps['align'];
};

export type ResponsiveColumn<Row> = {
  key: string;
  header: ReactNode;
  render: (row: Row) => ReactNode;
  cellProps?: (row: Row) => CellAttributes;
  /**
   * Where the column sits on a phone's card: `title` the card's heading, `plain` a line without its
   * label (actions, chips), `hidden` table only (e.g. a column that only repeats the title);
   * by default a labelled fact.
   */
  card?: 'title' | 'plain' | 'hidden' | 'fact';
  /** Order on the card, lower first (default: the column's index); e.g. a case's countdown first. */
  cardOrder?: number;
  /** The row's header cell (`<th scope="row">`) in the table. */
  rowHeader?: boolean;
};

type Props<Row> = {
  rows: readonly Row[];
  columns: readonly ResponsiveColumn<Row>[];
  rowKey: (row: Row) => string;
  /** The table's accessible name; the card list is labelled the same. */
  label: string;
  rowProps?: (row: Row) => DataAttributes;
  size?: 'small' | 'medium';
  /** data-testid of the table or of the card list (only one is rendered, so tests work at any width). */
  testId?: string;
  /** Table rows after the body (totals), from 600 px up only: a card list shows its own summary above. */
  footer?: ReactNode;
  /** Row hover highlight in the table. */
  hover?: boolean;
};

/** Below 600 px (the theme's `sm`): the list as cards, else as a table. One is rendered, never both. */
export function useIsPhone(): boolean {
  return useMediaQuery(useTheme().breakpoints.down('sm'), { noSsr: true });
}

function splitCellProps(props: CellAttributes | undefined) {
  const { sx, align, ...rest } = props ?? {};
  return { sx, align, rest };
}

function PhoneCards<Row>({ rows, columns, rowKey, label, rowProps, testId }: Props<Row>) {
  const ordered = columns
    .map((column, index) => ({ column, order: column.cardOrder ?? index }))
    .filter(({ column }) => column.card !== 'hidden')
    .sort((a, b) => a.order - b.order)
    .map(({ column }) => column);
  const titles = ordered.filter((column) => column.card === 'title');
  const body = ordered.filter((column) => column.card !== 'title');
  return (
    <Stack
      component="ul"
      spacing={1.5}
      aria-label={label}
      data-testid={testId}
      data-layout="cards"
      sx={{ listStyle: 'none', p: 0, m: 0 }}
    >
      {rows.map((row) => (
        <Card component="li" variant="outlined" key={rowKey(row)} {...rowProps?.(row)}>
          <CardContent sx={{ '&:last-child': { pb: 2 } }}>
            {titles.map((column) => {
              const { rest } = splitCellProps(column.cellProps?.(row));
              return (
                <Typography
                  key={column.key}
                  variant="subtitle1"
                  component="div"
                  sx={{ fontWeight: 600, overflowWrap: 'anywhere', mb: 1 }}
                  {...rest}
                >
                  {column.render(row)}
                </Typography>
              );
            })}
            <Box
              component="dl"
              sx={{
                display: 'grid',
                gridTemplateColumns: 'repeat(auto-fill, minmax(136px, 1fr))',
                columnGap: 2,
                rowGap: 1,
                m: 0,
              }}
            >
              {body.map((column) => {
                const { sx, rest } = splitCellProps(column.cellProps?.(row));
                if (column.card === 'plain') {
                  return (
                    <Box key={column.key} component="dd" sx={[{ m: 0, gridColumn: '1 / -1' }]} {...rest}>
                      {column.render(row)}
                    </Box>
                  );
                }
                return (
                  <Box key={column.key} sx={{ minWidth: 0 }}>
                    <Typography component="dt" variant="caption" color="text.secondary">
                      {column.header}
                    </Typography>
                    <Box
                      component="dd"
                      sx={[
                        { m: 0, overflowWrap: 'anywhere', typography: 'body2' },
                        ...(Array.isArray(sx) ? sx : [sx]),
                      ]}
                      {...rest}
                    >
                      {column.render(row)}
                    </Box>
                  </Box>
                );
              })}
            </Box>
          </CardContent>
        </Card>
      ))}
    </Stack>
  );
}

function WideTable<Row>({
  rows,
  columns,
  rowKey,
  label,
  rowProps,
  size = 'small',
  testId,
  footer,
  hover,
}: Props<Row>) {
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size={size} aria-label={label} data-testid={testId}>
        <TableHead>
          <TableRow>
            {columns.map((column) => (
              <TableCell key={column.key}>{column.header}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={rowKey(row)} hover={hover} {...rowProps?.(row)}>
              {columns.map((column) => {
                const { sx, align, rest } = splitCellProps(column.cellProps?.(row));
                return (
                  <TableCell
                    key={column.key}
                    component={column.rowHeader ? 'th' : 'td'}
                    scope={column.rowHeader ? 'row' : undefined}
                    sx={sx}
                    align={align}
                    {...rest}
                  >
                    {column.render(row)}
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
          {footer}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

/**
 * A list that is a table from 600 px up and a stack of cards below, carrying the same facts and
 * actions: each card shows its `title` columns as the heading, then every other column as a labelled
 * fact (in `cardOrder`), so nothing is squeezed one character a line or pushed off-screen.
 */
export function ResponsiveTable<Row>(props: Props<Row>) {
  const phone = useIsPhone();
  return phone ? <PhoneCards {...props} /> : <WideTable {...props} />;
}
