/**
 * Insert standard rows (issue 4): reads the selected cell's table from the host,
 * offers only the templates that fit, asks for their inputs, previews the row
 * and its formulas, and inserts it. Not shown when the host cannot insert.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Radio,
  RadioGroup,
  Text,
} from '@fluentui/react-components';
import { AddSquareRegular, DismissRegular, TableSearchRegular } from '@fluentui/react-icons';
import { useEffect, useRef } from 'react';
import type { HostPort } from '../../../host/port';
import type { TemplateKind } from '../../../engine/templates/plan';
import { describeRefusal } from '../../../engine/templates';
import { useLanguage, useStrings } from '../../useStrings';
import { PaneMessages } from '../PaneMessages/PaneMessages';
import { InsertFields } from './InsertFields';
import { isUntouched } from './insertForm';
import { InsertPreview } from './InsertPreview';
import { useInsertSection } from './useInsertSection';
import { useInsertSectionStyles } from './useInsertSectionStyles';

export interface InsertSectionProps {
  readonly host: HostPort;
  /** Another action is running: nothing here may start. */
  readonly disabled: boolean;
  /** Tells the pane while a read or an insert runs, so it starts nothing else meanwhile. */
  readonly onBusyChange?: (busy: boolean) => void;
  /** The section is shown (its tab chosen): the selection is read the first time. */
  readonly active?: boolean;
}

export function InsertSection(props: InsertSectionProps) {
  if (!props.host.insertTarget || !props.host.insert) return null;
  return <InsertSectionBody {...props} />;
}

function InsertSectionBody({ host, disabled, onBusyChange, active = true }: InsertSectionProps) {
  const t = useStrings();
  const language = useLanguage();
  const styles = useInsertSectionStyles();
  const { state, actions } = useInsertSection(host);
  const { target, form, outcome, busy, error, inserted } = state;
  useEffect(() => onBusyChange?.(busy !== null), [busy, onBusyChange]);
  const locked = disabled || busy !== null;
  const template = form.template;
  // Each time the tab is opened, the selection is read again (the user may have moved since).
  const wasActive = useRef(false);
  useEffect(() => {
    if (active && !wasActive.current) void actions.read();
    wasActive.current = active;
  }, [active, actions]);
  return (
    <section className={styles.panel} aria-label={t.insertTitle}>
      <div className={styles.actions}>
        <Button icon={<TableSearchRegular />} disabled={locked} onClick={() => void actions.read()}>
          {t.readSelection}
        </Button>
      </div>
      <PaneMessages error={error} notice={null} onDismissError={actions.dismissError} onDismissNotice={() => undefined} />
      {inserted !== null && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{t.inserted(inserted)}</MessageBarBody>
          <MessageBarActions
            containerAction={<Button appearance="transparent" icon={<DismissRegular />} aria-label={t.dismissNotice} onClick={actions.dismissInserted} />}
          />
        </MessageBar>
      )}
      {target?.refusal && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{describeRefusal(target.refusal, language)}</MessageBarBody>
        </MessageBar>
      )}
      {target && !target.table && !target.refusal && <Text>{t.insertNoTable}</Text>}
      {target?.table && (
        <Text className={styles.where}>{t.insertTableAt(t.tableKinds[target.table.kind], target.table.range, target.cell)}</Text>
      )}
      {target?.table && target.templates.length === 0 && <Text>{t.insertNothingFits}</Text>}
      {target && target.templates.length > 0 && (
        <>
          <RadioGroup
            aria-label={t.insertTemplate}
            value={template ?? ''}
            disabled={locked}
            onChange={(_, data) => actions.change({ template: data.value as TemplateKind })}
          >
            {target.templates.map((kind) => (
              <Radio key={kind} value={kind} label={t.templates[kind]} />
            ))}
          </RadioGroup>
          {template && <Text className={styles.help}>{t.templateHelp[template]}</Text>}
          <InsertFields site={template ? target.sites?.[template] : undefined} form={form} disabled={locked} onChange={actions.change} />
          {template && outcome && !(isUntouched(form) && !outcome.ok) && <InsertPreview outcome={outcome} template={template} />}
          <div className={styles.actions}>
            <Button appearance="primary" icon={<AddSquareRegular />} disabled={locked || !outcome?.ok} onClick={() => void actions.insert()}>
              {t.insert}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
