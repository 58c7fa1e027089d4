import { BorderStyle, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { OptionCount } from './types';

const BAR_COLOUR = '4472C4';
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE };
/** Width of the bar column in twentieths of a point (about 8 cm). */
const BAR_TWIPS = 4500;

const cell = (children: Paragraph[], width: number, shade?: string) =>
  new TableCell({
    children,
    width: { size: Math.max(1, width), type: WidthType.DXA },
    borders: NO_BORDERS,
    ...(shade ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: shade } } : {}),
  });

/**
 * A choice question's counts as a horizontal bar chart made of a table: per
 * option its label, a shaded cell as long as its share, and the count and
 * percentage. Word and LibreOffice draw it as it is; no image is needed.
 */
export function choiceChart(options: readonly OptionCount[]): Table {
  const rows = options.map((o) => {
    const filled = Math.round((BAR_TWIPS * Math.max(0, Math.min(100, o.percent))) / 100);
    // The bar is a nested row of two cells: shaded to the share, blank for the rest.
    const bar = new Table({
      rows: [
        new TableRow({
          children: [
            ...(filled > 0 ? [cell([new Paragraph('')], filled, BAR_COLOUR)] : []),
            ...(filled < BAR_TWIPS ? [cell([new Paragraph('')], BAR_TWIPS - filled)] : []),
          ],
        }),
      ],
      width: { size: BAR_TWIPS, type: WidthType.DXA },
      columnWidths: [filled, BAR_TWIPS - filled].filter((w) => w > 0),
      borders: { ...NO_BORDERS, insideHorizontal: NONE, insideVertical: NONE },
    });
    return new TableRow({
      children: [
        cell([new Paragraph(o.label)], 3000),
        new TableCell({ children: [bar, new Paragraph('')], width: { size: BAR_TWIPS, type: WidthType.DXA }, borders: NO_BORDERS }),
        cell([new Paragraph({ children: [new TextRun(`${o.count} (${o.percent} %)`)] })], 1500),
      ],
    });
  });
  return new Table({
    rows,
    width: { size: 3000 + BAR_TWIPS + 1500, type: WidthType.DXA },
    columnWidths: [3000, BAR_TWIPS, 1500],
    borders: { ...NO_BORDERS, insideHorizontal: NONE, insideVertical: NONE },
  });
}
