/** How far a verification of a large workbook has got: stage, count and bar. */
import { Field, ProgressBar } from '@fluentui/react-components';
import type { Progress } from '../../../host/port';
import { useStrings } from '../../useStrings';

export interface VerifyProgressProps {
  /** Null before the host's first report: the bar runs without a value (as for a one-step stage). */
  readonly progress: Progress | null;
}

export function VerifyProgress({ progress }: VerifyProgressProps) {
  const t = useStrings();
  // A stage of one step (the check: the engine, in its worker, reports no steps of
  // its own) runs as an indeterminate bar under its label, not as "0 / 1".
  const known = progress !== null && progress.total > 1;
  const label = progress ? t.stages[progress.stage] : t.stages.read;
  return (
    <Field
      label={label}
      hint={known ? t.progressOf(progress.done, progress.total) : undefined}
      validationState="none"
    >
      <ProgressBar
        aria-label={label}
        thickness="large"
        value={known ? Math.min(progress.done, progress.total) : undefined}
        max={known ? progress.total : undefined}
      />
    </Field>
  );
}
