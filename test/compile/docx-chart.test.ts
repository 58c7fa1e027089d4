import { Document, Packer } from 'docx';
import { choiceChart } from '../../src/compile/docx-chart';
import type { OptionCount } from '../../src/compile/types';
import { readZip } from '../teams/helpers/read-zip';

/** The document XML of a Word file holding only the chart. */
async function chartXml(options: OptionCount[]): Promise<string> {
  const doc = new Document({ sections: [{ children: [choiceChart(options)] }] });
  const zip = readZip(await Packer.toBuffer(doc));
  return zip.get('word/document.xml')?.toString('utf8') ?? '';
}

/** The texts of the document, in order. */
const texts = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '').filter((t) => t !== '');

describe('choiceChart', () => {
  const options: OptionCount[] = [
    { label: 'Ja i hög grad', count: 6, percent: 60 },
    { label: 'Ja <b>i</b> viss mån & 🙂', count: 3, percent: 30 },
    { label: 'Nej', count: 1, percent: 10 },
    { label: 'Vet ej', count: 0, percent: 0 },
  ];

  it('writes one row per option with its label and its count and percentage, escaped as text', async () => {
    const xml = await chartXml(options);
    expect(texts(xml)).toEqual([
      'Ja i hög grad',
      '6 (60 %)',
      'Ja &lt;b&gt;i&lt;/b&gt; viss mån &amp; 🙂',
      '3 (30 %)',
      'Nej',
      '1 (10 %)',
      'Vet ej',
      '0 (0 %)',
    ]);
    expect(xml).not.toContain('<b>');
  });

  it('draws each bar as a shaded cell as long as its share of 4,500 twips, and a blank one for the rest', async () => {
    const xml = await chartXml(options);
    const shaded = [...xml.matchAll(/<w:tcW w:type="dxa" w:w="(\d+)"\/>(?:(?!<\/w:tcPr>).)*?w:fill="4472C4"/gs)].map((m) => Number(m[1]));
    // 60 %, 30 % and 10 % of 4,500; an option nobody chose has no shaded cell.
    expect(shaded).toEqual([2700, 1350, 450]);
  });

  it('keeps a share past 100 % or below 0 to a whole or an empty bar', async () => {
    const xml = await chartXml([
      { label: 'För mycket', count: 5, percent: 140 },
      { label: 'Mindre än inget', count: 0, percent: -20 },
    ]);
    const shaded = [...xml.matchAll(/<w:tcW w:type="dxa" w:w="(\d+)"\/>(?:(?!<\/w:tcPr>).)*?w:fill="4472C4"/gs)].map((m) => Number(m[1]));
    expect(shaded).toEqual([4500]);
    expect(xml).toContain('5 (140 %)');
  });

  it('is an empty table for a question without options', async () => {
    const xml = await chartXml([]);
    expect(xml).not.toContain('4472C4');
  });
});
