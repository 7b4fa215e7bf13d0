import { Zip, ZipDeflate, strToU8 } from 'fflate';
import { formatChinaTime } from '../log-stats';
import type { ReviewLogEntry } from '../review-log-entry';
import { describeFilter } from './describe-filter';
import { CSV_COLUMNS, entryCells, type ExportCell } from './export-columns';
import type { ExportMeta } from './export-meta';
import type { ExportSink, ExportWriter } from './export-writer';

/**
 * XLSX written as SpreadsheetML by hand and zipped as a stream with fflate: the sheet's XML is
 * deflated page by page, so 100,000 rows never sit in memory as one string or one workbook
 * object (exceljs and write-excel-file build the whole workbook first). Text goes to the
 * shared-string table, which keeps the sheet XML (and the deflate time) small because units,
 * reviewers, titles and rules repeat; the time column is a real date, so Excel sorts and
 * filters it.
 */

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Excel's limit on the characters of one cell. */
const MAX_CELL_CHARS = 32_767;
/** Excel's day 0 is 1899-12-30: the serial of 1970-01-01 is 25569. */
const EPOCH_SERIAL = 25_569;
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** Style indexes in styles.xml's cellXfs. */
const STYLE = { date: 1, header: 2 } as const;

const STATIC_FILES: Record<string, string> = {
  '[Content_Types].xml': `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
  '_rels/.rels': `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  'xl/workbook.xml': `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="审核日志" sheetId="1" r:id="rId1"/><sheet name="导出信息" sheetId="2" r:id="rId2"/></sheets></workbook>`,
  'xl/_rels/workbook.xml.rels': `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL_NS}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="${REL_NS}/styles" Target="styles.xml"/><Relationship Id="rId4" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  'xl/styles.xml': `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm:ss"/></numFmts><fonts count="2"><font><sz val="11"/><name val="等线"/></font><font><b/><sz val="11"/><name val="等线"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
};

/** Column widths in characters, in CSV_COLUMNS order. */
const WIDTHS = [20, 10, 18, 10, 28, 24, 40, 22, 14, 10, 12, 30, 8, 6, 6, 6, 36, 50, 8, 38, 66, 16];

/** Characters XML 1.0 cannot carry (C0 controls but tab and line breaks, U+FFFE/FFFF). */
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escapes text for XML element content. */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/** The workbook's shared-string table: each distinct text once, cells refer to it by index. */
class SharedStrings {
  private readonly index = new Map<string, number>();
  /** How many cells refer to the table (its `count`). */
  uses = 0;

  /** The index of a text, added on first use. */
  add(text: string): number {
    this.uses += 1;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.index.size;
      this.index.set(text, i);
    }
    return i;
  }

  /** Writes sharedStrings.xml in chunks of about a megabyte. */
  write(push: (xml: string, final: boolean) => void): void {
    let xml = `${XML_HEAD}<sst xmlns="${MAIN_NS}" count="${this.uses}" uniqueCount="${this.index.size}">`;
    for (const text of this.index.keys()) {
      const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
      xml += `<si><t${space}>${escapeXml(text)}</t></si>`;
      if (xml.length > 1_000_000) {
        push(xml, false);
        xml = '';
      }
    }
    push(`${xml}</sst>`, true);
  }
}

/** Cells without an `r` reference fill the row left to right, so an empty text is a blank `<c/>`. */
function cellsXml(cells: readonly ExportCell[], strings: SharedStrings, style = 0): string {
  const s = style ? ` s="${style}"` : '';
  let xml = '';
  for (const cell of cells) {
    if (typeof cell === 'number') xml += `<c${s}><v>${cell}</v></c>`;
    else if (cell === '') xml += `<c${s}/>`;
    else {
      const text = cell.length > MAX_CELL_CHARS ? `${cell.slice(0, MAX_CELL_CHARS - 1)}…` : cell;
      xml += `<c${s} t="s"><v>${strings.add(text)}</v></c>`;
    }
  }
  return xml;
}

/** Writes a two-sheet workbook: 审核日志 (one row per record) and 导出信息 (the meta). */
export function xlsxWriter(
  sink: ExportSink,
  context: { meta: ExportMeta; sourceOf: (entry: ReviewLogEntry) => string },
): ExportWriter {
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else sink.write(chunk);
  });
  const check = () => {
    if (failure) throw failure;
  };
  const mtime = new Date(context.meta.exportedAt);
  const openFile = (name: string, level: 1 | 6) => {
    const file = new ZipDeflate(name, { level });
    file.mtime = mtime;
    zip.add(file);
    return (xml: string, final: boolean) => file.push(strToU8(xml), final);
  };
  for (const [name, xml] of Object.entries(STATIC_FILES)) openFile(name, 6)(xml, true);

  const strings = new SharedStrings();
  // Level 1: the sheet is most of the work, and level 6 took about twice as long.
  const pushSheet = openFile('xl/worksheets/sheet1.xml', 1);
  const cols = WIDTHS.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}"/>`).join('');
  const header = cellsXml(
    CSV_COLUMNS.map((c) => c.header),
    strings,
    STYLE.header,
  );
  pushSheet(
    `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><cols>${cols}</cols><sheetData><row r="1">${header}</row>`,
    false,
  );
  let rowNumber = 1;
  return {
    page(entries) {
      let xml = '';
      for (const entry of entries) {
        rowNumber += 1;
        const cells = entryCells(entry, context.sourceOf(entry));
        // The time column is a date serial in China time, shown by the date style.
        const serial = (entry.time + CHINA_OFFSET_MS) / 86_400_000 + EPOCH_SERIAL;
        xml += `<row r="${rowNumber}"><c s="${STYLE.date}"><v>${serial}</v></c>${cellsXml(cells.slice(1), strings)}</row>`;
      }
      pushSheet(xml, false);
      check();
    },
    finish() {
      pushSheet('</sheetData></worksheet>', true);
      const { meta } = context;
      const metaRows: [string, string][] = [
        ['导出时间', `${formatChinaTime(Date.parse(meta.exportedAt))}（北京时间）`],
        ['导出单位', meta.exportedBy.unit],
        ['导出人', meta.exportedBy.reviewer],
        ['筛选条件', describeFilter(meta.filters)],
        ['记录数', String(rowNumber - 1)],
        ['扩展版本', meta.extensionVersion],
        ['审查引擎版本', meta.engineVersion],
        ['规则版本', meta.rulesVersion],
      ];
      const metaXml = metaRows
        .map(([k, v], i) => `<row r="${i + 1}">${cellsXml([k, v], strings)}</row>`)
        .join('');
      openFile('xl/worksheets/sheet2.xml', 6)(
        `${XML_HEAD}<worksheet xmlns="${MAIN_NS}"><cols><col min="1" max="1" width="16"/><col min="2" max="2" width="60"/></cols><sheetData>${metaXml}</sheetData></worksheet>`,
        true,
      );
      strings.write(openFile('xl/sharedStrings.xml', 1));
      zip.end();
      check();
    },
  };
}
