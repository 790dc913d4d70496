/**
 * A printable report as data: what the compliance report says, independent of how it is drawn. The PDF
 * renderer draws it; tests read it back from the PDF.
 */
export interface ReportDocument {
  title: string;
  subtitle?: string;
  /** Label/value lines under the title: tenant, period, scope, generated at, rule versions. */
  meta: ReportMetaLine[];
  sections: ReportSection[];
  /** Printed in every page footer (e.g. "Checkmark compliance report · Acme · 2026-10"). */
  footer: string;
  /** Page numbering in the report's language, with {page} and {pages} placeholders ("Page {page} of {pages}"). */
  pageLabel: string;
  /** Written into the PDF's metadata; fixed by the caller so the same report renders the same bytes. */
  generatedAt: Date;
  /** The document's language (BCP 47) for PDF readers and screen readers; default en. */
  lang?: string;
}

export interface ReportMetaLine {
  label: string;
  value: string;
}

export interface ReportSection {
  heading: string;
  blocks: ReportBlock[];
}

export type ReportBlock = ReportParagraph | ReportFigures | ReportTable | ReportBars;

export interface ReportParagraph {
  kind: 'paragraph';
  text: string;
}

/** Headline figures drawn as a row of tiles. */
export interface ReportFigures {
  kind: 'figures';
  items: { label: string; value: string; note?: string }[];
}

export interface ReportTable {
  kind: 'table';
  columns: ReportColumn[];
  rows: string[][];
  /** Shown instead of an empty table. */
  emptyText: string;
}

export interface ReportColumn {
  header: string;
  align?: 'left' | 'right';
  /** Relative width; columns share the text width in proportion (default 1). */
  weight?: number;
}

/** A horizontal bar chart: one bar per item, scaled to the largest value. */
export interface ReportBars {
  kind: 'bars';
  items: { label: string; value: number; display: string }[];
  emptyText: string;
}
