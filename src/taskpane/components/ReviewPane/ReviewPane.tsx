/** The whole pane: actions, progress, messages, counts, filters and the findings list. */
import { Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { Language } from '../../../engine/options';
import type { HostPort } from '../../../host/port';
import { useReview } from '../../review/useReview';
import { useStrings } from '../../useStrings';
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
import { useReviewPaneStyles } from './useReviewPaneStyles';

export interface ReviewPaneProps {
  readonly host: HostPort;
  readonly language: Language;
  readonly onLanguageChange: (language: Language) => void;
}

export function ReviewPane({ host, language, onLanguageChange }: ReviewPaneProps) {
  const t = useStrings();
  const styles = useReviewPaneStyles();
  const review = useReview(host, language);
  const { state, view, actions } = review;
  const [inserting, setInserting] = useState(false);
  const [selfTesting, setSelfTesting] = useState(false);
  // One action at a time across the pane: while a row is inserted, nothing else starts.
  const busy = review.busy || inserting;
  const verifying = state.activity === 'verifying';
  const emptyText = !state.result
    ? t.notVerified
    : view.items.length === 0
      ? t.noFindings
      : t.noMatches;

  if (selfTesting)
    return (
      <main className={styles.root} lang={language}>
        <SelfTestPanel host={host} onClose={() => setSelfTesting(false)} />
      </main>
    );
  return (
    <main className={styles.root} lang={language} aria-busy={busy}>
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
      />
      {verifying && <VerifyProgress progress={state.progress} />}
      <PaneMessages
        error={state.error}
        notice={state.notice}
        hostNotices={state.hostNotices}
        onDismissError={actions.dismissError}
        onDismissNotice={actions.dismissNotice}
      />
      <InsertSection host={host} disabled={review.busy} onBusyChange={setInserting} />
      {state.result && <SummaryCounts counts={view.counts} />}
      {state.result && view.items.length > 0 && (
        <>
          <FindingsFilter
            filters={state.filters}
            rules={view.rules}
            onChange={actions.setFilters}
          />
          <FindingsNavigator
            index={view.currentIndex}
            total={view.order.length}
            onMove={(delta) => void actions.move(delta)}
          />
        </>
      )}
      <FindingsList
        groups={view.groups}
        currentKey={state.currentKey}
        busy={busy}
        emptyText={emptyText}
        onSelect={(item) => void actions.select(item)}
        onFix={(item) => void actions.fix(item)}
        onAccept={(item) => void actions.accept(item)}
        onCurrentChange={actions.setCurrent}
      />
    </main>
  );
}
