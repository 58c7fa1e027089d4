import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileRound } from '../../../src/compile/compile-round';
import { modelNotice, modelSummary, themeModelLine } from '../../../src/compile/model/model-lines';
import { renderDocx } from '../../../src/compile/render-docx';
import { renderJson } from '../../../src/compile/render-json';
import { renderMarkdown } from '../../../src/compile/render-markdown';
import type { Compilation } from '../../../src/compile/types';
import { tempDir } from '../../helpers/temp-dir';
import { program, topicReplies } from '../fixtures';

const offline = compileRound({ replies: topicReplies(), program: program(), locale: 'sv' });
const report = { name: 'gpt-4o-mini', asked: 3, written: 1, fallbacks: [{ themeId: 'q1-t2', reason: 'timeout' }], tokens: { prompt: 1, completion: 1 } };
/** The offline draft with its first theme as a model would have written it. */
const byModel: Compilation = {
  ...offline,
  questions: offline.questions.map((q, i) =>
    i > 0
      ? q
      : {
          ...q,
          themes: q.themes.map((t, j) =>
            j > 0 ? t : { ...t, label: 'Flexibel avlösning', summary: 'Modellens sammanfattning.', model: { heading: true, summary: true, quotes: false } },
          ),
        },
  ),
  model: report,
};
const [written, kept] = byModel.questions[0]?.themes ?? [];

describe('model lines', () => {
  const dir = tempDir('lnb-model-lines-');
  afterAll(() => dir.remove());

  it('say nothing of a model in a draft none was asked for, in any format', async () => {
    expect(modelNotice(offline)).toBeNull();
    expect(renderMarkdown(offline)).not.toMatch(/språkmodell/i);
    expect(renderJson(offline)).not.toContain('"model"');
    const file = join(dir.path, 'offline.docx');
    writeFileSync(file, await renderDocx(offline));
    expect(execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' })).not.toMatch(/språkmodell/i);
  });

  it('say at the top how much a model wrote, and under each theme which parts (Markdown, Word, JSON)', async () => {
    const notice = modelNotice(byModel) ?? '';
    expect(notice).toContain('Språkmodellen gpt-4o-mini har skrivit rubrik och sammanfattning under 1 av 3 teman');
    expect(written && themeModelLine(written, 'sv')).toBe('Skrivet av språkmodellen: rubrik och sammanfattning.');
    expect(kept && themeModelLine(kept, 'sv')).toBeNull();

    const md = renderMarkdown(byModel);
    expect(md).toContain('> Språkmodellen gpt-4o-mini har skrivit');
    expect(md.match(/Skrivet av språkmodellen/g)).toHaveLength(1);
    expect(md.indexOf('### Flexibel avlösning')).toBeLessThan(md.indexOf('Skrivet av språkmodellen'));

    const file = join(dir.path, 'model.docx');
    writeFileSync(file, await renderDocx(byModel));
    const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' });
    expect(xml).toContain('Språkmodellen gpt-4o-mini har skrivit');
    expect(xml).toContain('Skrivet av språkmodellen: rubrik och sammanfattning.');

    const json = JSON.parse(renderJson(byModel));
    expect(json.model).toEqual(byModel.model);
    expect(json.questions[0].themes[0].model).toEqual({ heading: true, summary: true, quotes: false });
  });

  it('say so when a model was asked and none of its answers was used', () => {
    expect(modelNotice({ ...offline, model: { ...report, written: 0 } })).toBe(
      'Språkmodellen gpt-4o-mini tillfrågades, men inget av dess svar användes; all text är skriven utan språkmodell.',
    );
  });

  it('tell whoever runs lnb compile which themes kept the offline text, and why', () => {
    expect(modelSummary(report, 'sv')).toBe('Språkmodellen gpt-4o-mini skrev 1 av 3 teman. Utan språkmodell (skäl): q1-t2 (timeout).');
    expect(modelSummary({ ...report, written: 3, fallbacks: [] }, 'en')).toBe('The language model gpt-4o-mini wrote 3 of 3 themes.');
  });
});
