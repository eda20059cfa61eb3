import type { ComplianceReport, ControlReport, ControlStatus } from '../../core/index.ts';
import { importOptional } from '../../core/index.ts';
import { featureText, ruleText, statusLabels } from './report-text.ts';

const statusColour: Record<ControlStatus, string> = {
  covered: '#2da44e',
  enabled: '#d4a72c',
  available: '#cf222e',
  unknown: '#0969da',
  'not-covered': '#8c959f',
};
const statusFill: Record<ControlStatus, string> = {
  covered: '#dafbe1',
  enabled: '#fff8c5',
  available: '#ffebe9',
  unknown: '#ddf4ff',
  'not-covered': '#eaeef2',
};

/** Characters the standard PDF fonts (WinAnsi) can show beyond Latin-1; anything else becomes '?'. */
const winAnsiExtras = new Set('–—‘’‚“”„•…€™‹›ŒœŠšŽžŸƒˆ˜†‡‰'.split(''));

/** Text for the standard Helvetica font: NFKC, control characters dropped, unsupported characters as '?'. */
export function pdfText(text: string): string {
  let out = '';
  for (const char of text.normalize('NFKC')) {
    const code = char.codePointAt(0)!;
    if (code === 10 || code === 9) out += char === '\t' ? ' ' : char;
    else if (code < 32 || (code >= 127 && code < 160)) continue;
    else if (code < 256 || winAnsiExtras.has(char)) out += char;
    else out += '?';
  }
  return out;
}

function evidenceText(control: ControlReport): string {
  const lines = [...control.features.map(featureText), ...control.rules.map(ruleText)].map(
    (line) => `• ${line}`,
  );
  return lines.length > 0 ? lines.join('\n') : 'No Rampart feature addresses this control.';
}

export interface CompliancePdfOptions {
  /** Leave content streams uncompressed (tests read the text back). */
  compress?: boolean;
}

/**
 * The compliance report as an A4 PDF for auditors: title, period, a coverage bar with counts, the
 * note on how to read it, then one table row per control (status in colour, features, evidence
 * and rules), with the header repeated and page numbers on every page. Uses only the standard
 * Helvetica fonts, so nothing is embedded or downloaded.
 */
export async function renderCompliancePdf(
  report: ComplianceReport,
  options: CompliancePdfOptions = {},
): Promise<Buffer> {
  const { default: PDFDocument } = await importOptional('pdfkit', () => import('pdfkit'));
  const document = new PDFDocument({
    size: 'A4',
    margin: 40,
    bufferPages: true,
    compress: options.compress ?? true,
    info: {
      Title: pdfText(`${report.title} - Rampart compliance report`),
      Author: 'Rampart',
      Subject: `${report.from} to ${report.to}`,
      CreationDate: new Date(report.generatedAt),
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
  });

  const left = document.page.margins.left;
  const width = document.page.width - left - document.page.margins.right;
  const bottom = document.page.height - document.page.margins.bottom - 14;

  document
    .font('Helvetica-Bold')
    .fontSize(18)
    .fillColor('#1b1f24')
    .text(pdfText(report.title), left, 40, { width });
  document.font('Helvetica').fontSize(10).fillColor('#57606a');
  document.text(
    pdfText(
      `Rampart compliance report · period ${report.from} to ${report.to} · generated ${report.generatedAt}`,
    ),
    {
      width,
    },
  );
  document.moveDown(0.8);

  // Coverage bar: one segment per status, proportional to its count.
  const summary = report.summary;
  const counts: Array<[ControlStatus, number]> = [
    ['covered', summary.covered],
    ['enabled', summary.enabled],
    ['unknown', summary.unknown],
    ['available', summary.available],
    ['not-covered', summary.notCovered],
  ];
  const barTop = document.y;
  let x = left;
  for (const [status, count] of counts) {
    if (count === 0 || summary.controls === 0) continue;
    const segment = (width * count) / summary.controls;
    document.rect(x, barTop, segment, 14).fill(statusColour[status]);
    x += segment;
  }
  document.y = barTop + 20;
  let legendX = left;
  document.fontSize(9);
  for (const [status, count] of counts) {
    const label = `${statusLabels[status]}: ${count}`;
    document.rect(legendX, document.y + 1, 8, 8).fill(statusColour[status]);
    document.fillColor('#1b1f24').text(label, legendX + 11, document.y, { lineBreak: false });
    legendX += 11 + document.widthOfString(label) + 16;
  }
  document.y = barTop + 36;
  document
    .font('Helvetica-Oblique')
    .fontSize(9)
    .fillColor('#57606a')
    .text(pdfText(`${summary.controls} controls. ${report.note}`), left, document.y, { width });
  document.moveDown(0.8);

  const columns = [
    { title: 'Control', width: 62 },
    { title: 'Title', width: 130 },
    { title: 'Status', width: 78 },
    { title: 'Rampart features and evidence', width: width - 62 - 130 - 78 },
  ];
  const padding = 4;
  const drawHeader = () => {
    const top = document.y;
    document.rect(left, top, width, 16).fill('#f6f8fa');
    let columnX = left;
    document.font('Helvetica-Bold').fontSize(9).fillColor('#1b1f24');
    for (const column of columns) {
      document.text(column.title, columnX + padding, top + 4, {
        width: column.width - 2 * padding,
        lineBreak: false,
      });
      columnX += column.width;
    }
    document.y = top + 16;
  };
  drawHeader();

  document.font('Helvetica').fontSize(8.5);
  for (const control of report.controls) {
    const cells = [
      control.id,
      control.title,
      `${statusLabels[control.status]}\n${control.detail}`,
      evidenceText(control),
    ].map(pdfText);
    const height =
      Math.max(
        ...cells.map((cell, index) =>
          document.heightOfString(cell, { width: columns[index]!.width - 2 * padding }),
        ),
      ) +
      2 * padding;
    if (document.y + height > bottom) {
      document.addPage();
      document.y = document.page.margins.top;
      drawHeader();
      document.font('Helvetica').fontSize(8.5);
    }
    const top = document.y;
    document
      .rect(left + columns[0]!.width + columns[1]!.width, top, columns[2]!.width, height)
      .fill(statusFill[control.status]);
    document.lineWidth(0.5).strokeColor('#d0d7de').rect(left, top, width, height).stroke();
    let columnX = left;
    cells.forEach((cell, index) => {
      const column = columns[index]!;
      document
        .font(index === 0 ? 'Helvetica-Bold' : 'Helvetica')
        .fillColor(index === 2 ? '#1b1f24' : '#24292f')
        .text(cell, columnX + padding, top + padding, { width: column.width - 2 * padding });
      columnX += column.width;
    });
    document.y = top + height;
  }

  const range = document.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    document.switchToPage(index);
    // Writing below the bottom margin would start a new page: lift the margin for the footer line.
    const margin = document.page.margins.bottom;
    document.page.margins.bottom = 0;
    document
      .font('Helvetica')
      .fontSize(8)
      .fillColor('#8c959f')
      .text(
        pdfText(`Rampart · ${report.title} · page ${index + 1} of ${range.count}`),
        left,
        document.page.height - margin + 12,
        { width, align: 'center', lineBreak: false },
      );
    document.page.margins.bottom = margin;
  }
  document.end();
  return done;
}
