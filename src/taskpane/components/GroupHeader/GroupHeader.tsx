/** The table a run of findings belongs to: its kind, title, place and how many findings it has. */
import { memo } from 'react';
import { UNCHECKED_GROUP, type FindingGroup } from '../../review/reviewModel';
import { useStrings } from '../../useStrings';
import { useGroupHeaderStyles } from './useGroupHeaderStyles';

export interface GroupHeaderProps {
  readonly group: FindingGroup;
  /** Absolute position inside the windowed list, in pixels. */
  readonly top: number;
  readonly height: number;
}

export const GroupHeader = memo(function GroupHeader({ group, top, height }: GroupHeaderProps) {
  const t = useStrings();
  const styles = useGroupHeaderStyles();
  const unchecked = group.range === UNCHECKED_GROUP;
  const kind = group.table ? t.tableKinds[group.table.kind] : unchecked ? t.uncheckedGroup : t.otherTable;
  const title = headingOf(kind, group.table?.title ?? '');
  const place = group.range && !unchecked ? `${group.sheet}!${group.range}` : group.sheet;
  return (
    <div role="listitem" style={{ top, height }} className={styles.root}>
      <span role="heading" aria-level={3} className={styles.title} title={title}>
        {title}
      </span>
      <span className={styles.meta}>
        {place} · {t.findingsInGroup(group.items.length)}
      </span>
    </div>
  );
});

/**
 * `산출근거 · 사무관리비`; the kind alone when the table's title only repeats it
 * (`예산 총괄`), the title alone when it already names the kind (`2021년도 추진일정`).
 */
export function headingOf(kind: string, title: string): string {
  const plain = (s: string) => s.replace(/[\s□■◎○●·ㆍ•\-–—:()]/g, '').toLowerCase();
  const t = plain(title);
  const k = plain(kind);
  if (t === '' || k.includes(t)) return kind;
  if (t.includes(k)) return title.trim();
  return `${kind} · ${title}`;
}
