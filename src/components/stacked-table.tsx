/**
 * A data table that fits a phone: on a wide screen an ordinary table (scrolling sideways inside
 * its frame if it must), on a narrow one a card per row, each cell led by its column's name, so
 * nothing scrolls sideways (styles-reading.css, decision 011).
 *
 * On a phone the column headers are not shown, so each cell carries a <StackLabel/> with its
 * column's name, shown only then, as text screen readers read too. Chromium keeps the table's
 * semantics (rows, row headers, cells) when its rows are laid out as blocks; a browser that did
 * not would still read each value after its column's name.
 */
import type { ReactNode } from 'react';

interface Props {
  /** Stack into cards on a phone (a page); false keeps a plain table (a projected slide). */
  stacks: boolean;
  /** Names the scrolling frame for keyboard and screen reader users. */
  label?: string;
  labelledBy?: string;
  className: string;
  children: ReactNode;
}

export function StackedTable({ stacks, label, labelledBy, className, children }: Props) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={label} aria-labelledby={labelledBy}>
      <table className={stacks ? `${className} stacked-table` : className}>{children}</table>
    </div>
  );
}

/** A cell's column name, shown only where the table is stacked into cards. */
export function StackLabel({ children }: { children: ReactNode }) {
  return <span className="stack-label">{children}</span>;
}
