import type { ReactNode } from "react";
import { cn } from "./cn";

export interface Column<T> {
  key: string;
  header: ReactNode;
  /** `where` tells the card from the table cell (ids must differ: both are in the document). */
  cell: (row: T, where: "card" | "table") => ReactNode;
  /** Header cells that only name an action column stay for screen readers only. */
  srOnlyHeader?: boolean;
  className?: string;
}

interface DataTableProps<T> {
  caption: string;
  rows: T[];
  rowKey: (row: T) => string;
  columns: Column<T>[];
  /** The first cell of a row names it (a row header); in the cards it is the card's title. */
  rowHeader?: boolean;
  /** Below each row (table) or card: e.g. an expanded delivery's attempts. */
  extra?: (row: T, where: "card" | "table") => ReactNode;
}

/**
 * A table from 768 px; below, one card per row (a list named like the table) with each value
 * labelled by its column, so nothing scrolls sideways at 375 px.
 */
export function DataTable<T>({ caption, rows, rowKey, columns, rowHeader = false, extra }: DataTableProps<T>) {
  const [first, ...rest] = columns;
  return (
    <>
      <ul aria-label={caption} className="divide-y divide-slate-100 md:hidden">
        {rows.map((row) => (
          <li key={rowKey(row)} className="px-4 py-3 text-sm">
            {first ? <div className="font-medium break-words text-slate-900">{first.cell(row, "card")}</div> : null}
            <dl className="mt-1.5 grid grid-cols-[minmax(0,auto)_minmax(0,1fr)] gap-x-3 gap-y-1 text-slate-700">
              {rest.map((column) =>
                column.srOnlyHeader ? (
                  <div key={column.key} className="col-span-2 mt-1">
                    <dt className="sr-only">{column.header}</dt>
                    <dd>{column.cell(row, "card")}</dd>
                  </div>
                ) : (
                  <div key={column.key} className="contents">
                    <dt className="text-xs text-slate-600">{column.header}</dt>
                    <dd className="min-w-0 break-words">{column.cell(row, "card")}</dd>
                  </div>
                ),
              )}
            </dl>
            {extra ? extra(row, "card") : null}
          </li>
        ))}
      </ul>
      <div className="hidden md:block">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="border-b border-slate-200 bg-slate-50 text-xs font-medium tracking-wide text-slate-600 uppercase">
            <tr>
              {columns.map((column) => (
                <th key={column.key} scope="col" className={cn("px-4 py-2.5", column.className)}>
                  {column.srOnlyHeader ? <span className="sr-only">{column.header}</span> : column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row) => (
              <RowGroup key={rowKey(row)} row={row} columns={columns} rowHeader={rowHeader} extra={extra} />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function RowGroup<T>({ row, columns, rowHeader, extra }: { row: T; columns: Column<T>[]; rowHeader: boolean; extra?: (row: T, where: "card" | "table") => ReactNode }) {
  const more = extra ? extra(row, "table") : null;
  return (
    <>
      <tr className="align-top">
        {columns.map((column, index) =>
          index === 0 && rowHeader ? (
            <th key={column.key} scope="row" className={cn("px-4 py-3 font-medium break-words text-slate-900", column.className)}>
              {column.cell(row, "table")}
            </th>
          ) : (
            <td key={column.key} className={cn("px-4 py-3 text-slate-700", column.className)}>
              {column.cell(row, "table")}
            </td>
          ),
        )}
      </tr>
      {more ? (
        <tr>
          <td colSpan={columns.length} className="bg-slate-50 px-4 py-3">
            {more}
          </td>
        </tr>
      ) : null}
    </>
  );
}
