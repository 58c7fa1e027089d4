import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileRound } from '../../src/compile/compile-round';
import { renderDocx } from '../../src/compile/render-docx';
import { roleWord } from '../../src/compile/render-lines';
import { tempDir } from '../helpers/temp-dir';
import { readZip } from '../teams/helpers/read-zip';
import { program, topicReplies } from './fixtures';

const onPath = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

describe('renderDocx', () => {
  const dir = tempDir('lnb-docx-');
  afterAll(() => dir.remove());
  const replies = topicReplies().map((r) => (r.id === 'r02' ? { ...r, text: `${r.text} <!channel> & <b>` } : r));
  const compilation = compileRound({ replies, program: program(), locale: 'sv' });
  const file = join(dir.path, 'sammanstallning.docx');

  beforeAll(async () => {
    writeFileSync(file, await renderDocx(compilation));
  });

  it('writes a Word file whose document XML holds the draft marking, headings, quotes and Reflektion', () => {
    const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' });
    expect(xml).toContain('UTKAST');
    expect(xml).toContain('Sammanställning: Testprogram');
    expect(xml).toContain('Fråga 1: Vilket stöd behöver anhöriga?');
    expect(xml).toContain('Reflektion');
    expect(xml).toMatch(/w:pStyle w:val="Heading2"/);
    for (const t of compilation.questions[0]?.themes ?? []) expect(xml).toContain(t.label);
    const quote = compilation.questions[0]?.themes.flatMap((t) => t.quotes)[0];
    if (!quote) throw new Error('expected a quote');
    const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    expect(xml).toContain(xmlText(`”${quote.text.slice(0, 30)}`));
    expect(xml).toContain(`– ${roleWord('sv', quote.role ?? '')}`);
    // Reply text is XML-escaped, never markup.
    expect(xml).not.toContain('<b>');
    const header = execFileSync('unzip', ['-p', file, 'word/header1.xml'], { encoding: 'utf8' });
    expect(header).toContain('Utkast');
  });

  it('marks a shaped version Bearbetad version, and a published one with no draft word at all', async () => {
    const xmlOf = async (c: typeof compilation) => {
      const zip = readZip(await renderDocx(c));
      return { doc: zip.get('word/document.xml')?.toString('utf8') ?? '', head: [...zip.keys()].filter((k) => k.startsWith('word/header')).map((k) => zip.get(k)?.toString('utf8')).join('') };
    };
    const edited = await xmlOf({ ...compilation, stage: 'edited' });
    expect(edited.doc).toContain('BEARBETAD VERSION');
    expect(edited.head).toContain('Bearbetad version');
    expect(edited.doc + edited.head).not.toMatch(/utkast/i);
    const published = await xmlOf({ ...compilation, stage: 'published' });
    expect(published.doc).toContain('Sammanställning: Testprogram');
    expect(published.doc + published.head).not.toMatch(/utkast|bearbetad/i);
  });

  it('sets quotes in English quotation marks in an English draft', async () => {
    const english = compileRound({ replies, program: program(), locale: 'en' });
    const quote = english.questions[0]?.themes.flatMap((t) => t.quotes)[0];
    if (!quote) throw new Error('expected a quote');
    const doc = readZip(await renderDocx(english)).get('word/document.xml')?.toString('utf8') ?? '';
    const head = quote.text.slice(0, 20).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    expect(doc).toContain(`“${head}`);
    expect(doc).not.toContain(`”${head}`);
  });

  const libreoffice = onPath('libreoffice') ? 'libreoffice' : onPath('soffice') ? 'soffice' : null;
  if (libreoffice) {
    it('opens in LibreOffice: it converts to PDF', () => {
      execFileSync(libreoffice, ['--headless', '--convert-to', 'pdf', '--outdir', dir.path, file], {
        stdio: 'ignore',
        timeout: 120_000,
      });
      expect(existsSync(join(dir.path, 'sammanstallning.pdf'))).toBe(true);
    }, 150_000);
  } else if (process.env.CI) {
    it('has LibreOffice to check the Word file with (install it in .ci/run)', () => {
      throw new Error('libreoffice is not on PATH');
    });
  } else {
    console.warn('libreoffice is not on PATH: the PDF conversion check of the Word file is left out');
  }
});
