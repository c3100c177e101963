/** The workbook side of the page: the formula bar, the grid of the active sheet, and a tab per sheet. */
import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { useMemo, useSyncExternalStore } from 'react';
import { cellAddress } from '../../engine/address';
import { readCell } from '../../file/cells';
import type { BookSession } from '../book/session';
import { themePalette } from './grid/colors';
import { Grid } from './grid/Grid';
import type { PageStrings } from './strings';
import { useSheetSnapshot } from './useSheetSnapshot';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minHeight: 0, minWidth: 0, flexGrow: 1 },
  bar: {
    display: 'flex',
    alignItems: 'stretch',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  nameBox: {
    width: '84px',
    padding: '2px 6px',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    fontFamily: tokens.fontFamilyMonospace,
  },
  formula: {
    flexGrow: 1,
    padding: '2px 6px',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    minHeight: '20px',
  },
  tabs: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowX: 'auto',
  },
  hiddenTab: { fontStyle: 'italic', opacity: 0.7 },
  reading: {
    alignSelf: 'center',
    whiteSpace: 'nowrap',
    color: tokens.colorNeutralForeground3,
  },
});

/** What the formula bar shows: the formula, or the value as typed (a number unformatted). */
function typedContent(session: BookSession): { address: string; content: string } {
  const at = session.selection;
  if (!at || at.sheet !== session.activeSheet) return { address: '', content: '' };
  const cell = session.sheet(at.sheet)?.findCell(at.row + 1, at.col + 1);
  const address = cellAddress(at.row, at.col);
  if (!cell) return { address, content: '' };
  const reading = readCell(cell);
  if (reading.formula) return { address, content: reading.formula };
  return {
    address,
    content: typeof reading.value === 'number' ? String(reading.value) : reading.text,
  };
}

export function SheetView({ session, strings }: { session: BookSession; strings: PageStrings }) {
  const styles = useStyles();
  useSyncExternalStore(session.subscribe, session.getVersion);
  const theme = useMemo(
    () =>
      themePalette(
        (session.workbook as unknown as { _themes?: Record<string, string> })._themes?.theme1,
      ),
    [session],
  );
  const sheets = session
    .sheets()
    .filter((s) => s.state === 'visible' || s.name === session.activeSheet);
  const sheet = session.sheet(session.activeSheet);
  const { snapshot, reading } = useSheetSnapshot(session, sheet?.name);
  const { address, content } = typedContent(session);

  return (
    <section className={styles.root} aria-label={strings.sheets} aria-busy={reading}>
      <div className={styles.bar}>
        <output className={styles.nameBox} aria-label={strings.nameBox} data-testid="name-box">
          {address}
        </output>
        <output
          className={styles.formula}
          aria-label={strings.formulaBar}
          data-testid="formula-bar"
          title={content}
        >
          {content}
        </output>
        {reading && (
          <output className={styles.reading} data-testid="sheet-reading">
            {strings.readingSheet}
          </output>
        )}
      </div>
      {sheet && snapshot && (
        <Grid
          session={session}
          sheet={sheet}
          snapshot={snapshot}
          theme={theme}
          label={strings.grid(sheet.name)}
        />
      )}
      <TabList
        className={styles.tabs}
        size="small"
        aria-label={strings.sheets}
        selectedValue={session.activeSheet}
        onTabSelect={(_, data) => session.activate(String(data.value))}
      >
        {sheets.map((s) => (
          <Tab
            key={s.id}
            value={s.name}
            className={s.state !== 'visible' ? styles.hiddenTab : undefined}
          >
            {s.name}
          </Tab>
        ))}
      </TabList>
    </section>
  );
}
