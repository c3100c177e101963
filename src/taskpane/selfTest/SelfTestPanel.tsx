/**
 * 진단 / Self-test, from the pane (issue 12): runs the host's self-test, shows
 * each check as it passes or fails, the environment, and the report to copy
 * and send. Only for a host that has a self-test (the Office host).
 */
import { Button, MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import {
  ArrowLeftRegular,
  CheckmarkCircleRegular,
  CopyRegular,
  DismissCircleRegular,
  StethoscopeRegular,
  SubtractCircleRegular,
} from '@fluentui/react-icons';
import type { HostPort, SelfTestStep } from '../../host/port';
import { useLanguage } from '../useStrings';
import { SELF_TEST_STRINGS } from './selfTestStrings';
import { useSelfTest } from './useSelfTest';
import { useSelfTestStyles } from './useSelfTestStyles';

export interface SelfTestPanelProps {
  readonly host: HostPort;
  readonly onClose: () => void;
}

const ICONS = {
  pass: <CheckmarkCircleRegular />,
  fail: <DismissCircleRegular />,
  skip: <SubtractCircleRegular />,
} as const;

export function SelfTestPanel({ host, onClose }: SelfTestPanelProps) {
  const language = useLanguage();
  const t = SELF_TEST_STRINGS[language];
  const styles = useSelfTestStyles();
  const { state, run, copy } = useSelfTest(host, language);
  const { report } = state;
  return (
    <section className={styles.root} aria-label={t.title}>
      <Text as="h2" weight="semibold" size={400}>
        {t.title}
      </Text>
      <Text>{t.intro}</Text>
      <div className={styles.buttons}>
        <Button icon={<ArrowLeftRegular />} onClick={onClose} disabled={state.running}>
          {t.back}
        </Button>
        <Button
          appearance="primary"
          icon={state.running ? <Spinner size="tiny" /> : <StethoscopeRegular />}
          onClick={() => void run()}
          disabled={state.running}
        >
          {state.running ? t.running : t.run}
        </Button>
        {report && (
          <Button icon={<CopyRegular />} onClick={() => void copy()}>
            {t.copy}
          </Button>
        )}
      </div>
      {state.error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {t.couldNotRun}: {state.error}
          </MessageBarBody>
        </MessageBar>
      )}
      {report && (
        <MessageBar intent={report.passed ? 'success' : 'error'} role="status">
          <MessageBarBody>{report.passed ? t.passed : t.failed}</MessageBarBody>
        </MessageBar>
      )}
      {state.copied !== null && (
        <MessageBar intent={state.copied ? 'success' : 'warning'} role="status">
          <MessageBarBody>{state.copied ? t.copied : t.copyHint}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.scroll}>
        {state.steps.length > 0 && <Steps steps={state.steps} caption={t.steps} />}
        {report && (
          <table className={styles.table} aria-label={t.environment}>
            <caption>{t.environment}</caption>
            <tbody>
              {report.environment.map(([label, value]) => (
                <tr key={label}>
                  <th scope="row" className={styles.cell}>
                    {label}
                  </th>
                  <td className={`${styles.cell} ${styles.detail}`}>{value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {report && (
          <textarea className={styles.text} readOnly value={report.text} aria-label={t.copy} />
        )}
      </div>
    </section>
  );
}

function Steps({ steps, caption }: { steps: readonly SelfTestStep[]; caption: string }) {
  const t = SELF_TEST_STRINGS[useLanguage()];
  const styles = useSelfTestStyles();
  return (
    <table className={styles.table} aria-label={caption}>
      <caption>{caption}</caption>
      <tbody>
        {steps.map((s) => (
          <tr key={s.id} data-testid={`self-test-${s.id}`} data-status={s.status}>
            <td className={`${styles.cell} ${styles[s.status]}`}>
              {ICONS[s.status]} {t.status[s.status]}
            </td>
            <th scope="row" className={styles.cell}>
              {s.title}
            </th>
            <td className={`${styles.cell} ${styles.detail}`}>{s.detail}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The button that opens the panel, in the pane's header; nothing for a host without a self-test. */
export function SelfTestButton({
  host,
  disabled,
  onOpen,
}: {
  host: HostPort;
  disabled: boolean;
  onOpen: () => void;
}) {
  const t = SELF_TEST_STRINGS[useLanguage()];
  if (!host.selfTest) return null;
  return (
    <Button
      appearance="subtle"
      size="small"
      icon={<StethoscopeRegular />}
      title={t.openHint}
      onClick={onOpen}
      disabled={disabled}
    >
      {t.open}
    </Button>
  );
}
