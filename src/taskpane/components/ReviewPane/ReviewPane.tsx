/**
 * The whole pane: actions, progress, messages, then two tabs — the findings
 * (counts and coverage, filters, the list) and Insert — so that at 1366×768 and
 * at 320 px wide the pane itself never scrolls: the list is the one scroll
 * (issue 14). Accept asks for a reason and a name; Print makes the A4 report.
 */
import { Tab, TabList, Text } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { Language } from '../../../engine/options';
import type { HostPort } from '../../../host/port';
import type { ReviewItem } from '../../review/reviewModel';
import { useReview } from '../../review/useReview';
import { paneReport, printReview } from '../../print/printReview';
import { useStrings } from '../../useStrings';
import { AcceptDialog } from '../AcceptDialog/AcceptDialog';
import { FindingsFilter } from '../FindingsFilter/FindingsFilter';
import { FindingsList } from '../FindingsList/FindingsList';
import { FindingsNavigator } from '../FindingsNavigator/FindingsNavigator';
import { InsertSection } from '../InsertSection/InsertSection';
import { LanguageSwitch } from '../LanguageSwitch/LanguageSwitch';
import { PaneMessages } from '../PaneMessages/PaneMessages';
import { SummaryCounts } from '../SummaryCounts/SummaryCounts';
import { VerifyBar } from '../VerifyBar/VerifyBar';
import { VerifyProgress } from '../VerifyProgress/VerifyProgress';
import { SelfTestButton, SelfTestPanel } from '../../selfTest/SelfTestPanel';
import { useNarrow } from './useNarrow';
import { useReviewPaneStyles } from './useReviewPaneStyles';

export interface ReviewPaneProps {
  readonly host: HostPort;
  readonly language: Language;
  readonly onLanguageChange: (language: Language) => void;
}

type PaneTab = 'findings' | 'insert';

export function ReviewPane({ host, language, onLanguageChange }: ReviewPaneProps) {
  const t = useStrings();
  const styles = useReviewPaneStyles();
  const review = useReview(host, language);
  const { state, view, actions } = review;
  const [inserting, setInserting] = useState(false);
  const [selfTesting, setSelfTesting] = useState(false);
  const [tab, setTab] = useState<PaneTab>('findings');
  const [accepting, setAccepting] = useState<ReviewItem | null>(null);
  const [root, narrow] = useNarrow();
  // One action at a time across the pane: while a row is inserted, nothing else starts.
  const busy = review.busy || inserting;
  const verifying = state.activity === 'verifying';
  const canInsert = Boolean(host.insertTarget && host.insert);
  const emptyText = !state.result
    ? t.notVerified
    : view.items.length === 0
      ? t.noFindings
      : t.noMatches;
  const { result, acceptances, fixes } = state;
  const onPrint = useCallback(() => {
    const report = paneReport(host, { result, acceptances, fixes });
    if (report) printReview(report, language);
  }, [host, result, acceptances, fixes, language]);
  const onAccept = useCallback((item: ReviewItem) => setAccepting(item), []);

  if (selfTesting)
    return (
      <main className={styles.root} lang={language}>
        <SelfTestPanel host={host} onClose={() => setSelfTesting(false)} />
      </main>
    );
  return (
    <main ref={root} className={styles.root} lang={language} aria-busy={busy}>
      <header className={styles.header}>
        <Text as="h1" weight="semibold" size={400} className={styles.title}>
          {t.appTitle}
        </Text>
        <SelfTestButton host={host} disabled={busy} onOpen={() => setSelfTesting(true)} />
        <LanguageSwitch language={language} onChange={onLanguageChange} />
      </header>
      <VerifyBar
        scope={state.scope}
        busy={busy}
        verifying={verifying}
        onScopeChange={actions.setScope}
        onVerify={() => void actions.verify()}
        onCancel={actions.cancel}
        onClear={() => void actions.clear()}
        onPrint={result ? onPrint : undefined}
      />
      {verifying && <VerifyProgress progress={state.progress} />}
      <PaneMessages
        error={state.error}
        notice={state.notice}
        hostNotices={state.hostNotices}
        onDismissError={actions.dismissError}
        onDismissNotice={actions.dismissNotice}
      />
      {canInsert && (
        <TabList
          size="small"
          selectedValue={tab}
          onTabSelect={(_, data) => setTab(data.value as PaneTab)}
          className={styles.tabs}
        >
          <Tab value="findings">{t.findingsTab}</Tab>
          <Tab value="insert">{t.insertTitle}</Tab>
        </TabList>
      )}
      <div className={styles.panel} hidden={tab !== 'findings'}>
        {result && <SummaryCounts counts={view.counts} coverage={result.coverage} />}
        {result && view.items.length > 0 && (
          <div className={styles.tools}>
            <FindingsFilter filters={state.filters} rules={view.rules} onChange={actions.setFilters} />
            <FindingsNavigator
              index={view.currentIndex}
              total={view.order.length}
              onMove={(delta) => void actions.move(delta)}
            />
          </div>
        )}
        <FindingsList
          groups={view.groups}
          currentKey={state.currentKey}
          busy={busy}
          narrow={narrow}
          emptyText={emptyText}
          onSelect={(item) => void actions.select(item)}
          onFix={(item) => void actions.fix(item)}
          onAccept={onAccept}
          onSelectCell={(sheet, cell) => void actions.selectCell(sheet, cell)}
          onCurrentChange={actions.setCurrent}
        />
      </div>
      {canInsert && (
        <div className={styles.scrollPanel} hidden={tab !== 'insert'}>
          <InsertSection
            host={host}
            disabled={review.busy}
            active={tab === 'insert'}
            onBusyChange={setInserting}
          />
        </div>
      )}
      <AcceptDialog
        item={accepting}
        onClose={() => setAccepting(null)}
        onAccept={(item, reason, reviewer) => {
          setAccepting(null);
          void actions.accept(item, reason, reviewer);
        }}
      />
    </main>
  );
}
