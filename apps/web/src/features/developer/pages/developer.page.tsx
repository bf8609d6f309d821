import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { paths } from '../../../app/paths';
import { useT } from '../../../i18n/i18n';
import { ForbiddenNotice } from '../../../shared/ui/forbidden-notice';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { useViewer } from '../../auth/hooks/use-viewer';
import { CodeBlock } from '../components/code-block';
import { DeveloperSection } from '../components/developer-section';
import { codegenExample, curlExample } from '../components/developer-examples';
import { useDeveloperText, type DeveloperText } from '../hooks/use-developer-text';

function Fetched({ state, testId, maxHeight }: { state: DeveloperText; testId: string; maxHeight: number }) {
  const t = useT();
  if (state.type === 'LOADING') return <LoadingState />;
  if (state.type === 'FAILED') return <Alert severity="warning">{t('developer.loadFailed')}</Alert>;
  return (
    <CodeBlock testId={testId} maxHeight={maxHeight}>
      {state.text}
    </CodeBlock>
  );
}

/** Issue 13: the developer page 开发者 for administrators and clients' owners (developerAccess on the server). */
export function DeveloperPage() {
  const viewer = useViewer();
  if (!viewer.canOpenDeveloperPage) return <ForbiddenNotice />;
  return <DeveloperReference />;
}

function DeveloperReference() {
  const t = useT();
  const origin = window.location.origin;
  const schema = useDeveloperText(paths.developerSchema());
  const changelog = useDeveloperText(paths.developerChangelog());
  return (
    <>
      <PageHeader title={t('developer.title')} subtitle={t('developer.subtitle')} />
      <>
        <DeveloperSection
          title={t('developer.endpoint')}
          hint={t('developer.endpointBody')}
          testId="developer-endpoint"
        >
          <CodeBlock>{`POST ${origin}/graphql`}</CodeBlock>
        </DeveloperSection>
        <DeveloperSection title={t('developer.curl')} hint={t('developer.curlBody')} testId="developer-curl">
          <CodeBlock testId="developer-curl-example">{curlExample(origin)}</CodeBlock>
        </DeveloperSection>
        <DeveloperSection
          title={t('developer.codegen')}
          hint={t('developer.codegenBody')}
          testId="developer-codegen"
        >
          <CodeBlock testId="developer-codegen-example">{codegenExample(origin)}</CodeBlock>
        </DeveloperSection>
        <DeveloperSection title={t('developer.mandatoryReport')} testId="developer-mandatory-report">
          <Typography variant="body2">{t('developer.mandatoryReportBody')}</Typography>
        </DeveloperSection>
        <DeveloperSection
          title={t('developer.schema')}
          hint={t('developer.schemaBody')}
          testId="developer-schema"
        >
          <Button variant="outlined" href={paths.developerSchema()} download="schema.graphql" sx={{ mb: 2 }}>
            {t('developer.download')}
          </Button>
          <Fetched state={schema} testId="developer-sdl" maxHeight={480} />
        </DeveloperSection>
        <DeveloperSection title={t('developer.changelog')} testId="developer-changelog">
          <Fetched state={changelog} testId="developer-changelog-text" maxHeight={360} />
        </DeveloperSection>
      </>
    </>
  );
}
