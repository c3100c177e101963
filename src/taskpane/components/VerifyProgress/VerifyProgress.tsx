/** How far a verification of a large workbook has got: stage, count and bar. */
import { Field, ProgressBar } from '@fluentui/react-components';
import type { Progress } from '../../../host/port';
import { useStrings } from '../../useStrings';

export interface VerifyProgressProps {
  /** Null before the host's first report: the bar runs without a value. */
  readonly progress: Progress | null;
}

export function VerifyProgress({ progress }: VerifyProgressProps) {
  const t = useStrings();
  const known = progress !== null && progress.total > 0;
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
