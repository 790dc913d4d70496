import PDFDocument from 'pdfkit';
import type { ReportBars, ReportDocument, ReportFigures, ReportTable } from './report-document';

type Pdf = PDFKit.PDFDocument;

const REGULAR = 'report-regular';
const BOLD = 'report-bold';
// DejaVu Sans covers Latin (incl. Polish, Portuguese, Spanish diacritics) and Cyrillic: the built-in PDF fonts do not.
const FONT_FILES = {
  [REGULAR]: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  [BOLD]: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
};

const MARGIN = 48;
const FOOTER_SPACE = 28;
const INK = '#1f2937';
const MUTED = '#6b7280';
const RULE = '#d1d5db';
const ZEBRA = '#f3f4f6';
const BAR = '#2563eb';
const CELL_PAD = 3;
const TABLE_SIZE = 8;

/**
 * Draws a {@link ReportDocument} as an A4 PDF on the server (pdfkit, no browser): a title block, sections
 * with paragraphs, figure tiles, bar charts and tables whose header repeats on every page, and a footer with
 * its page number on each page.
 */
export function renderPdfReport(report: ReportDocument): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN + FOOTER_SPACE, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: { Title: report.title, Producer: 'Checkmark', Creator: 'Checkmark', CreationDate: report.generatedAt },
    lang: report.lang ?? 'en',
  });
  for (const [name, file] of Object.entries(FONT_FILES)) doc.registerFont(name, file);

  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  drawTitle(doc, report);
  for (const section of report.sections) {
    ensureSpace(doc, 60);
    doc.moveDown(0.8).font(BOLD).fontSize(13).fillColor(INK).text(section.heading, MARGIN);
    doc.moveDown(0.3);
    for (const block of section.blocks) {
      switch (block.kind) {
        case 'paragraph':
          doc
            .font(REGULAR)
            .fontSize(9.5)
            .fillColor(INK)
            .text(block.text, MARGIN, doc.y, { width: textWidth(doc) });
          doc.moveDown(0.5);
          break;
        case 'figures':
          drawFigures(doc, block);
          break;
        case 'bars':
          drawBars(doc, block);
          break;
        case 'table':
          drawTable(doc, block);
          break;
      }
    }
  }
  drawFooters(doc, report.footer, report.pageLabel);
  doc.end();
  return done;
}

function textWidth(doc: Pdf): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

function bottom(doc: Pdf): number {
  return doc.page.height - doc.page.margins.bottom;
}

function ensureSpace(doc: Pdf, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

function drawTitle(doc: Pdf, report: ReportDocument): void {
  doc
    .font(BOLD)
    .fontSize(18)
    .fillColor(INK)
    .text(report.title, MARGIN, MARGIN, { width: textWidth(doc) });
  if (report.subtitle) doc.font(REGULAR).fontSize(11).fillColor(MUTED).text(report.subtitle);
  doc.moveDown(0.6);
  const labelWidth = 130;
  for (const line of report.meta) {
    const y = doc.y;
    doc.font(BOLD).fontSize(9).fillColor(MUTED).text(line.label, MARGIN, y, { width: labelWidth });
    const afterLabel = doc.y;
    doc
      .font(REGULAR)
      .fontSize(9)
      .fillColor(INK)
      .text(line.value, MARGIN + labelWidth, y, { width: textWidth(doc) - labelWidth });
    doc.y = Math.max(doc.y, afterLabel) + 2;
  }
  doc
    .moveTo(MARGIN, doc.y + 6)
    .lineTo(doc.page.width - MARGIN, doc.y + 6)
    .lineWidth(0.5)
    .strokeColor(RULE)
    .stroke();
  doc.y += 10;
}

function drawFigures(doc: Pdf, block: ReportFigures): void {
  const perRow = 4;
  const gap = 8;
  const width = (textWidth(doc) - gap * (perRow - 1)) / perRow;
  const height = 54;
  for (let i = 0; i < block.items.length; i += perRow) {
    ensureSpace(doc, height + gap);
    const top = doc.y;
    block.items.slice(i, i + perRow).forEach((item, j) => {
      const x = MARGIN + j * (width + gap);
      doc.roundedRect(x, top, width, height, 3).lineWidth(0.5).strokeColor(RULE).stroke();
      doc
        .font(BOLD)
        .fontSize(14)
        .fillColor(INK)
        .text(item.value, x + 6, top + 6, { width: width - 12, lineBreak: false, ellipsis: true });
      doc
        .font(REGULAR)
        .fontSize(7.5)
        .fillColor(MUTED)
        .text(item.label, x + 6, top + 26, { width: width - 12, height: 11, ellipsis: true });
      if (item.note) {
        doc.fontSize(6.5).text(item.note, x + 6, top + 38, { width: width - 12, height: 14, ellipsis: true });
      }
    });
    doc.y = top + height + gap;
  }
}

function drawBars(doc: Pdf, block: ReportBars): void {
  if (block.items.length === 0) return emptyLine(doc, block.emptyText);
  const labelWidth = textWidth(doc) * 0.32;
  const valueWidth = 60;
  const barSpace = textWidth(doc) - labelWidth - valueWidth - 12;
  const max = Math.max(...block.items.map((i) => i.value), 0);
  const rowHeight = 13;
  for (const item of block.items) {
    ensureSpace(doc, rowHeight);
    const y = doc.y;
    doc
      .font(REGULAR)
      .fontSize(8)
      .fillColor(INK)
      .text(item.label, MARGIN, y + 2, { width: labelWidth, lineBreak: false, ellipsis: true });
    const length = max > 0 ? Math.max((item.value / max) * barSpace, item.value > 0 ? 1 : 0) : 0;
    if (length > 0)
      doc
        .rect(MARGIN + labelWidth + 6, y + 2, length, rowHeight - 5)
        .fillColor(BAR)
        .fill();
    doc
      .fillColor(INK)
      .text(item.display, MARGIN + labelWidth + 12 + barSpace, y + 2, { width: valueWidth, align: 'right' });
    doc.y = y + rowHeight;
  }
  doc.moveDown(0.5);
}

function drawTable(doc: Pdf, table: ReportTable): void {
  if (table.rows.length === 0) return emptyLine(doc, table.emptyText);
  const total = table.columns.reduce((sum, c) => sum + (c.weight ?? 1), 0);
  const widths = table.columns.map((c) => (textWidth(doc) * (c.weight ?? 1)) / total);
  const xs = widths.map((_, i) => MARGIN + widths.slice(0, i).reduce((a, b) => a + b, 0));

  const rowHeight = (cells: string[], font: string): number => {
    doc.font(font).fontSize(TABLE_SIZE);
    return (
      Math.max(...cells.map((cell, i) => doc.heightOfString(cell || ' ', { width: widths[i] - 2 * CELL_PAD }))) +
      2 * CELL_PAD
    );
  };
  const drawRow = (cells: string[], font: string, fill?: string): void => {
    const height = rowHeight(cells, font);
    const y = doc.y;
    if (fill) doc.rect(MARGIN, y, textWidth(doc), height).fillColor(fill).fill();
    doc.font(font).fontSize(TABLE_SIZE).fillColor(INK);
    cells.forEach((cell, i) => {
      doc.text(cell, xs[i] + CELL_PAD, y + CELL_PAD, {
        width: widths[i] - 2 * CELL_PAD,
        align: table.columns[i].align ?? 'left',
      });
    });
    doc.y = y + height;
  };
  const headers = table.columns.map((c) => c.header);
  const drawHeader = (): void => {
    drawRow(headers, BOLD);
    doc
      .moveTo(MARGIN, doc.y)
      .lineTo(MARGIN + textWidth(doc), doc.y)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
  };

  ensureSpace(doc, rowHeight(headers, BOLD) + rowHeight(table.rows[0], REGULAR));
  drawHeader();
  table.rows.forEach((row, index) => {
    if (doc.y + rowHeight(row, REGULAR) > bottom(doc)) {
      doc.addPage();
      drawHeader();
    }
    drawRow(row, REGULAR, index % 2 === 1 ? ZEBRA : undefined);
  });
  doc.moveDown(0.6);
}

function emptyLine(doc: Pdf, text: string): void {
  ensureSpace(doc, 14);
  doc
    .font(REGULAR)
    .fontSize(9)
    .fillColor(MUTED)
    .text(text, MARGIN, doc.y, { width: textWidth(doc) });
  doc.moveDown(0.5);
}

function drawFooters(doc: Pdf, footer: string, pageLabel: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing below the bottom margin would otherwise start a new page.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN - 10;
    doc
      .font(REGULAR)
      .fontSize(7.5)
      .fillColor(MUTED)
      .text(footer, MARGIN, y, { width: textWidth(doc) - 80, lineBreak: false, ellipsis: true });
    const label = pageLabel.replace('{page}', String(i + 1 - range.start)).replace('{pages}', String(range.count));
    doc.text(label, doc.page.width - MARGIN - 80, y, {
      width: 80,
      align: 'right',
      lineBreak: false,
    });
    doc.page.margins.bottom = margin;
  }
}
