/**
 * A list that draws only the rows on screen (@tanstack/react-virtual), each measured as drawn, so
 * 10,000 findings or 20,000 draft paragraphs cost what one screen costs. Short lists are drawn whole
 * (browser find, screen readers' list navigation and the tests see every row); rows in `keepDrawn`
 * (an open editor, the focused row) stay drawn when scrolled away, so nothing typed or focused is lost.
 */
import { makeStyles, mergeClasses } from '@fluentui/react-components';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useRef, type ReactNode } from 'react';

/** Up to this many rows, every row is drawn. */
export const DRAW_ALL_UP_TO = 150;

const useStyles = makeStyles({
  scroller: { overflowY: 'auto', minHeight: 0, flexGrow: 1, contain: 'strict' },
  inner: { position: 'relative', width: '100%', margin: 0, padding: 0 },
  row: { position: 'absolute', top: 0, left: 0, width: '100%', listStyleType: 'none' },
});

export interface VirtualListProps<T> {
  readonly items: readonly T[];
  readonly rowKey: (item: T) => string;
  /** A first guess of a row's height in px, before it is measured. */
  readonly estimateHeight: (item: T) => number;
  readonly renderRow: (item: T, index: number) => ReactNode;
  /** Indexes of rows that stay drawn wherever the list is scrolled. */
  readonly keepDrawn?: readonly number[];
  readonly className?: string;
  /** The scroller takes focus (a named group, not a second landmark), so a list of text alone can be scrolled by keyboard. */
  readonly focusable?: boolean;
  readonly 'aria-label': string;
  readonly 'data-testid'?: string;
}

export function VirtualList<T>({ items, rowKey, estimateHeight, renderRow, keepDrawn, className, focusable, ...rest }: VirtualListProps<T>) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const drawAll = items.length <= DRAW_ALL_UP_TO;
  const kept = keepDrawn?.join(',') ?? '';
  const rangeExtractor = useCallback(
    (range: Range) => {
      if (drawAll) return items.map((_, index) => index);
      const indexes = new Set(defaultRangeExtractor(range));
      for (const index of kept ? kept.split(',').map(Number) : []) if (index < items.length) indexes.add(index);
      return [...indexes].sort((a, b) => a - b);
    },
    [drawAll, items, kept],
  );
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => estimateHeight(items[index]),
    getItemKey: (index) => rowKey(items[index]),
    overscan: 6,
    rangeExtractor,
  });
  return (
    <div
      ref={scroller}
      className={mergeClasses(styles.scroller, className)}
      data-testid={rest['data-testid']}
      {...(focusable ? { tabIndex: 0, role: 'group', 'aria-label': rest['aria-label'] } : {})}
    >
      <ul className={styles.inner} style={{ height: virtualizer.getTotalSize() }} aria-label={rest['aria-label']}>
        {virtualizer.getVirtualItems().map((row) => (
          <li
            key={row.key}
            data-index={row.index}
            ref={virtualizer.measureElement}
            className={styles.row}
            style={{ transform: `translateY(${row.start}px)` }}
            aria-setsize={items.length}
            aria-posinset={row.index + 1}
          >
            {renderRow(items[row.index], row.index)}
          </li>
        ))}
      </ul>
    </div>
  );
}
