/** Scope, Verify / Cancel and Clear: the actions that run against the whole workbook or sheet. */
import { Button, Radio, RadioGroup } from '@fluentui/react-components';
import { DismissRegular, EraserRegular, PrintRegular, ShieldCheckmarkRegular } from '@fluentui/react-icons';
import type { VerifyScope } from '../../../host/port';
import { useStrings } from '../../useStrings';
import { useVerifyBarStyles } from './useVerifyBarStyles';

export interface VerifyBarProps {
  readonly scope: VerifyScope;
  readonly busy: boolean;
  readonly verifying: boolean;
  readonly onScopeChange: (scope: VerifyScope) => void;
  readonly onVerify: () => void;
  readonly onCancel: () => void;
  readonly onClear: () => void;
  /** Prints the findings (A4); absent until there is something to print. */
  readonly onPrint?: () => void;
}

const SCOPES: readonly VerifyScope[] = ['workbook', 'sheet'];

export function VerifyBar(props: VerifyBarProps) {
  const { scope, busy, verifying, onScopeChange, onVerify, onCancel, onClear, onPrint } = props;
  const t = useStrings();
  const styles = useVerifyBarStyles();
  return (
    <div className={styles.root}>
      <RadioGroup
        layout="horizontal"
        aria-label={t.scope}
        value={scope}
        disabled={busy}
        onChange={(_, data) => {
          if (data.value === 'workbook' || data.value === 'sheet') onScopeChange(data.value);
        }}
      >
        {SCOPES.map((s) => (
          <Radio key={s} value={s} label={t.scopes[s]} />
        ))}
      </RadioGroup>
      <div className={styles.buttons}>
        {verifying ? (
          <Button icon={<DismissRegular />} onClick={onCancel} aria-label={t.cancelVerify}>
            {t.cancel}
          </Button>
        ) : (
          <Button
            appearance="primary"
            icon={<ShieldCheckmarkRegular />}
            onClick={onVerify}
            disabled={busy}
          >
            {t.verify}
          </Button>
        )}
        <Button icon={<EraserRegular />} onClick={onClear} disabled={busy}>
          {t.clear}
        </Button>
        <Button icon={<PrintRegular />} onClick={onPrint} disabled={busy || !onPrint} title={t.printHint}>
          {t.print}
        </Button>
      </div>
    </div>
  );
}
