import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useT } from '../../../i18n/i18n';
import { EmptyState } from '../../../shared/ui/empty-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { QueryError } from '../../../shared/ui/query-error';
import { ChildFileCountsQuery, ChildFilesQuery } from '../child-files.graphql';
import { ChildFileCard } from '../components/child-file-card';
import { useCategoryLabel } from '../components/child-file-labels';
import { OpenChildFileDialog } from '../components/open-child-file-dialog';
import { ChildListImport } from '../components/child-list-import';

/** PRV-8: the district's view: counts per institution and category, never a child. */
function ChildFileCounts() {
  const t = useT();
  const category = useCategoryLabel();
  const { data, loading, error, refetch } = useQuery(ChildFileCountsQuery);
  if (loading && !data) return <LoadingState />;
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  const counts = data?.childFileCounts ?? [];
  return (
    <Stack spacing={1.5} data-testid="child-file-counts">
      <Alert severity="info">{t('childFiles.countsOnly')}</Alert>
      {counts.length === 0 ? <Typography>{t('childFiles.counts.empty')}</Typography> : null}
      {counts.map((c) => (
        <Card key={`${c.institutionId}/${c.category}`} variant="outlined" data-testid="child-file-count">
          <CardContent>
            <Typography variant="subtitle1" component="h2">
              {c.institutionName}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {t('childFiles.counts.category')}：{category(c.category)} · {t('childFiles.counts.open')}：
              {c.openCount} · {t('childFiles.counts.overdue')}：{c.overdueCount}
            </Typography>
          </CardContent>
        </Card>
      ))}
    </Stack>
  );
}

/** PRV-8: the viewer's watched children as cards, overdue talks first (the server's order). */
export function ChildFilesPage() {
  const t = useT();
  const [includeClosed, setIncludeClosed] = useState(false);
  const [isOpening, setIsOpening] = useState(false);
  const { data, loading, error, refetch } = useQuery(ChildFilesQuery, { variables: { includeClosed } });
  if (loading && !data) return <LoadingState />;
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  const list = data?.childFiles;
  const form = data?.childFileForm;
  const canOpen = (form?.classes.length ?? 0) > 0;
  return (
    <>
      <PageHeader
        title={t('childFiles.title')}
        subtitle={t('childFiles.subtitle')}
        actions={
          canOpen ? (
            <Button variant="contained" onClick={() => setIsOpening(true)} data-testid="open-child-file">
              {t('childFiles.open.button')}
            </Button>
          ) : null
        }
      />
      {list && !list.showsChildren ? (
        <ChildFileCounts />
      ) : (
        <Stack spacing={1.5}>
          {canOpen ? <ChildListImport /> : null}
          <FormControlLabel
            control={<Switch checked={includeClosed} onChange={(e) => setIncludeClosed(e.target.checked)} />}
            label={t('childFiles.showClosed')}
          />
          {list?.items.length === 0 ? (
            <EmptyState title={t('childFiles.empty.title')} body={t('childFiles.empty.body')} />
          ) : (
            <Stack spacing={1.5} data-testid="child-file-cards">
              {list?.items.map((file) => (
                <ChildFileCard key={file.id} file={file} />
              ))}
            </Stack>
          )}
        </Stack>
      )}
      {form && isOpening ? (
        <OpenChildFileDialog form={form} open={isOpening} onClose={() => setIsOpening(false)} />
      ) : null}
    </>
  );
}
