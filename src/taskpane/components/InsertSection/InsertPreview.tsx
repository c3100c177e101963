/** What Insert will do: the row, the line's text and amount, every formula; or why it cannot. */
import { MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { describeRefusal, type PlanOutcome } from '../../../engine/templates';
import type { TemplateKind } from '../../../engine/templates/plan';
import { formatNumber } from '../../format';
import { useLanguage, useStrings } from '../../useStrings';
import { useInsertSectionStyles } from './useInsertSectionStyles';

export interface InsertPreviewProps {
  readonly outcome: PlanOutcome;
  readonly template: TemplateKind;
}

export function InsertPreview({ outcome, template }: InsertPreviewProps) {
  const t = useStrings();
  const language = useLanguage();
  const styles = useInsertSectionStyles();
  if (!outcome.ok) {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{describeRefusal(outcome.refusal, language, template)}</MessageBarBody>
      </MessageBar>
    );
  }
  const { preview } = outcome;
  // The line's text is shown as it will read; its TEXT(…) formula would only puzzle.
  const amountFormulas = preview.formulas.filter((f) => !f.formula.startsWith('="'));
  return (
    <section className={styles.preview} aria-label={t.preview}>
      <Text weight="semibold">{t.preview}</Text>
      <Text>{preview.mode === 'insert' ? t.previewInsertRow(preview.row) : t.previewRewriteRow(preview.row)}</Text>
      {preview.text !== null && (
        <Text className={styles.line} data-testid="preview-text">
          {preview.text}
        </Text>
      )}
      {preview.amount !== null && (
        <Text data-testid="preview-amount">
          {t.previewAmount}: {formatNumber(preview.amount)}
        </Text>
      )}
      {amountFormulas.length > 0 && (
        <ul className={styles.formulas} aria-label={t.previewFormulas}>
          {amountFormulas.map((f) => (
            <li key={f.cell} className={styles.code}>
              {f.cell} {f.formula}
            </li>
          ))}
        </ul>
      )}
      {preview.changes.length > 0 && (
        <>
          <Text>{t.previewChanges}</Text>
          <ul className={styles.formulas} aria-label={t.previewChanges} data-testid="preview-changes">
            {preview.changes.map((c) => (
              <li key={c.cell}>
                {c.cell} {c.before} → <strong>{c.after}</strong>
              </li>
            ))}
          </ul>
        </>
      )}
      {preview.recomputes.length > 0 && <Text className={styles.help}>{t.previewRecomputes(preview.recomputes.join(', '))}</Text>}
      {preview.unresolved.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="preview-unresolved">
          <MessageBarBody>{t.previewUnresolved(preview.unresolved.join(', '))}</MessageBarBody>
        </MessageBar>
      )}
      {preview.helpers && <Text className={styles.help}>{t.previewHelpers(preview.helpers)}</Text>}
    </section>
  );
}
