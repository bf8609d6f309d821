import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { paths } from '../../../app/paths';
import type { ChildFileFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { EmptyState } from '../../../shared/ui/empty-state';
import { Fact, FactList } from '../../../shared/ui/fact-list';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { QueryError } from '../../../shared/ui/query-error';
import { formatDay } from '../../surroundings/components/day-field';
import { ChildFileQuery } from '../child-files.graphql';
import { useCategoryLabel } from '../components/child-file-labels';
import { CloseFileForm } from '../components/close-file-form';
import { EditChildFileDialog } from '../components/edit-child-file-dialog';
import { LinkCaseForm } from '../components/link-case-form';
import { TalkForm } from '../components/talk-form';

function Section({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 } }} data-testid={testId}>
      <Typography variant="h6" component="h2" gutterBottom>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

/** PRV-8: one watched child's file (the id in the URL, never a name). The server audits the read. */
export function ChildFilePage() {
  const t = useT();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ChildFileQuery, { variables: { id } });
  if (loading && !data) return <LoadingState />;
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  const file = data?.childFile;
  if (!file) {
    return (
      <Box data-testid="child-file-not-found">
        <EmptyState
          title={t('childFiles.detail.notFound')}
          body={t('childFiles.detail.notFoundBody')}
          action={
            <Button component={RouterLink} to={paths.childFiles()}>
              {t('childFiles.detail.back')}
            </Button>
          }
        />
      </Box>
    );
  }
  return <ChildFileDetail file={file} />;
}

export function ChildFileDetail({ file }: { file: ChildFileFieldsFragment }) {
  const t = useT();
  const category = useCategoryLabel();
  const missing = t('childFiles.detail.missing');
  const [isEditing, setIsEditing] = useState(false);
  return (
    <>
      <Button component={RouterLink} to={paths.childFiles()} sx={{ mb: 1 }}>
        ← {t('childFiles.detail.back')}
      </Button>
      <PageHeader
        title={file.childName}
        subtitle={`${file.institutionName} · ${file.className}`}
        actions={
          file.talkStatus.isOverdue ? (
            <Alert severity="error" data-testid="child-file-overdue">
              {t('childFiles.overdue')} · {t('childFiles.dueAt', { date: formatDay(file.talkStatus.dueAt) })}
            </Alert>
          ) : null
        }
      />
      <Stack spacing={2}>
        {file.closedAt ? (
          <Alert severity="info" data-testid="child-file-closed">
            {t('childFiles.detail.closedNotice', {
              date: formatDay(file.closedAt),
              reason: file.closingReason ?? '',
            })}
          </Alert>
        ) : null}
        <Section title={t('childFiles.detail.facts')} testId="child-file-facts">
          <FactList testId="child-file-fact-list">
            <Fact label={t('childFiles.detail.class')}>{file.className}</Fact>
            <Fact label={t('childFiles.detail.headTeacher')}>{file.headTeacherName ?? '—'}</Fact>
            <Fact label={t('childFiles.detail.studentNumber')}>{file.studentNumber ?? '—'}</Fact>
            <Fact label={t('childFiles.detail.categories')}>{file.categories.map(category).join('、')}</Fact>
            <Fact label={t('childFiles.detail.counsellors')}>
              {file.counsellors.map((c) => c.name).join('、') || '—'}
            </Fact>
            <Fact label={t('childFiles.detail.openedAt')}>{formatDay(file.openedAt)}</Fact>
            <Fact label={t('childFiles.detail.personalFile')} hasLineBreaks>
              {file.personalFile ?? missing}
            </Fact>
            <Fact label={t('childFiles.detail.growthFile')} hasLineBreaks testId="child-file-growth">
              {file.growthFile ?? missing}
            </Fact>
          </FactList>
          {file.viewerCan.updateFile ? (
            <Button
              variant="outlined"
              sx={{ mt: 2 }}
              onClick={() => setIsEditing(true)}
              data-testid="edit-child-file"
            >
              {t('childFiles.edit.button')}
            </Button>
          ) : null}
          {isEditing ? <EditChildFileDialog file={file} onClose={() => setIsEditing(false)} /> : null}
        </Section>
        <Section title={t('childFiles.detail.talks')} testId="child-file-talks">
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {file.talkStatus.lastTalkAt
              ? t('childFiles.lastTalk', { date: formatDay(file.talkStatus.lastTalkAt) })
              : t('childFiles.noTalk')}
            {file.closedAt ? '' : ` · ${t('childFiles.dueAt', { date: formatDay(file.talkStatus.dueAt) })}`}
          </Typography>
          {file.talks.length === 0 ? (
            <Typography color="text.secondary">{t('childFiles.detail.noTalks')}</Typography>
          ) : (
            <Box component="ol" sx={{ m: 0, pl: 0, listStyle: 'none' }}>
              {file.talks.map((talk) => (
                <Box
                  component="li"
                  key={talk.id}
                  sx={{ borderLeft: 3, borderColor: 'primary.light', pl: 2, pb: 2 }}
                  data-testid="child-file-talk"
                >
                  <Typography variant="subtitle2">
                    {formatDay(talk.heldAt)} · {t(`childFiles.talk.kind.${talk.kind}`)}
                  </Typography>
                  <Typography sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                    {talk.note}
                  </Typography>
                  {talk.byStaffName ? (
                    <Typography variant="body2" color="text.secondary">
                      {t('childFiles.talk.by', { name: talk.byStaffName })}
                    </Typography>
                  ) : null}
                </Box>
              ))}
            </Box>
          )}
          {file.viewerCan.recordTalk ? (
            <Box sx={{ mt: 2 }}>
              <Typography variant="subtitle1" component="h3" gutterBottom>
                {t('childFiles.talk.title')}
              </Typography>
              <TalkForm fileId={file.id} />
            </Box>
          ) : null}
        </Section>
        <Section title={t('childFiles.detail.cases')} testId="child-file-cases">
          <Stack spacing={1}>
            {file.cases.length === 0 ? (
              <Typography color="text.secondary">{t('childFiles.detail.noCases')}</Typography>
            ) : (
              file.cases.map((c) => (
                <Link key={c.id} component={RouterLink} to={paths.case(c.id)}>
                  {t('childFiles.detail.caseLink', { date: formatDay(c.receivedAt) })}
                </Link>
              ))
            )}
            {file.hiddenCaseCount > 0 ? (
              <Typography variant="body2" color="text.secondary">
                {t('childFiles.detail.hiddenCases', { count: String(file.hiddenCaseCount) })}
              </Typography>
            ) : null}
            {file.viewerCan.updateFile ? <LinkCaseForm fileId={file.id} /> : null}
          </Stack>
        </Section>
        {file.viewerCan.closeFile ? (
          <Section title={t('childFiles.close.button')} testId="child-file-close">
            <CloseFileForm fileId={file.id} />
          </Section>
        ) : null}
      </Stack>
    </>
  );
}
