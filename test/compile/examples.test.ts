import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo } from '../../src/cli/cli-io';
import { compileCommand } from '../../src/cli/commands/compile';
import { headable, looksLikeNounPhrase } from '../../src/compile/label-theme';
import { parseReplyLines } from '../../src/compile/read-replies';
import { replyLineSchema } from '../../src/replies/reply-line';

const root = join(__dirname, '..', '..');
const file = join(root, 'examples', 'replies.sv.jsonl');

describe('examples/replies.sv.jsonl', () => {
  it('is in the format lnb import reads, for round 1 of the example program', () => {
    const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThanOrEqual(30);
    const program = readFileSync(join(root, 'examples', 'program.sv.yaml'), 'utf8');
    for (const line of lines) {
      const reply = replyLineSchema.parse(JSON.parse(line));
      expect(reply.program).toBe('anhorigstod-2027');
      expect(reply.round).toBe(1);
      expect(program).toContain(`id: ${reply.network}`);
      expect(program).toContain(`id: ${reply.question}`);
    }
    const { problems } = parseReplyLines(readFileSync(file, 'utf8'), 'sv');
    expect(problems).toEqual([]);
  });

  it('compiles with lnb compile into labelled themes for every question', async () => {
    const out: string[] = [];
    const cli: CliIo = {
      stdout: (t) => out.push(t),
      stderr: () => {},
      cwd: root,
      env: {},
      now: () => new Date('2026-12-10T00:00:00Z'),
      locale: 'sv',
    };
    expect(await compileCommand(['--input', 'examples/replies.sv.jsonl', '--format', 'json'], cli)).toBe(0);
    const c = JSON.parse(out.join('')) as { questions: { questionId: string; themes: { label: string; other?: boolean; replyIds: string[] }[] }[] };
    expect(c.questions.map((q) => q.questionId).sort()).toEqual(['exempel', 'stodplan', 'syfte', 'utveckla']);
    for (const q of c.questions) {
      const named = q.themes.filter((t) => !/^Övrigt$|^Tema \d+$/.test(t.label));
      expect(named.length).toBeGreaterThanOrEqual(1);
      for (const t of q.themes) expect(t.label).not.toContain(',');
    }
  });
});

describe('the example round as a coordinator gets it', () => {
  // Everything a person can read: the Markdown, the JSON, the Word file's
  // text and the chat card, from the example program and replies.
  const setup = (async () => {
    const { compileRound } = await import('../../src/compile/compile-round');
    const { renderMarkdown } = await import('../../src/compile/render-markdown');
    const { renderJson } = await import('../../src/compile/render-json');
    const { renderDocx } = await import('../../src/compile/render-docx');
    const { summaryMessage } = await import('../../src/core/summary-message');
    const { loadProgram } = await import('../../src/program/load-program');
    const program = await loadProgram(join(root, 'examples', 'program.sv.yaml'));
    const { replies } = parseReplyLines(readFileSync(file, 'utf8'), 'sv');
    const c = compileRound({ program, round: 1, replies, locale: 'sv', now: '2026-12-20T10:00:00Z' });
    const docx = join(mkdtempSync(join(tmpdir(), 'lnb-examples-')), 'sammanstallning.docx');
    writeFileSync(docx, await renderDocx(c));
    const xml = execFileSync('unzip', ['-p', docx, 'word/document.xml'], { encoding: 'utf8' });
    const docxText = xml
      .replace(/<\/w:p>/g, '\n')
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'");
    const card = JSON.stringify(summaryMessage(c));
    const md = renderMarkdown(c, (t) => t);
    return { c, replies, outputs: { md, json: renderJson(c), docx: docxText, card }, xml };
  })();

  const words = (t: string) => t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const runs = (t: string, n: number) => {
    const w = words(t);
    return Array.from({ length: Math.max(0, w.length - n + 1) }, (_, i) => w.slice(i, i + n).join(' '));
  };

  it('repeats no five words in a row from anyone who did not consent to be quoted, in any output', async () => {
    const { replies, outputs } = await setup;
    const refused = replies.filter((r) => r.consent !== true && r.text);
    expect(refused.length).toBeGreaterThanOrEqual(8);
    const leaks: string[] = [];
    for (const [name, text] of Object.entries(outputs)) {
      const flat = words(text).join(' ');
      for (const r of refused) for (const run of runs(r.text ?? '', 5)) if (flat.includes(run)) leaks.push(`${name}: ${r.id}: ${run}`);
    }
    expect(leaks).toEqual([]);
  });

  it('shows no internal id anywhere a person reads', async () => {
    const { replies, outputs } = await setup;
    for (const [name, text] of Object.entries({ md: outputs.md, docx: outputs.docx, card: outputs.card })) {
      for (const r of replies) expect([name, text.includes(r.id)]).toEqual([name, false]);
      expect(text).not.toMatch(/\(del \d+\)/);
    }
  });

  it('has counts a reader can trust: no theme names more networks or roles than it has replies', async () => {
    const { c } = await setup;
    for (const q of c.questions) {
      for (const t of q.themes) {
        expect(t.networks.length).toBeLessThanOrEqual(t.replyCount);
        expect(t.roles.length).toBeLessThanOrEqual(t.replyCount - t.minutes);
        expect(t.networks.length).toBeLessThanOrEqual(q.networkTotal);
      }
    }
    const p = c.participation;
    expect(p.totalMinutes).toBe(p.byNetwork.reduce((a, n) => a + n.minutes, 0));
    expect(p.totalReplies + p.totalMinutes).toBe(c.participation.byNetwork.reduce((a, n) => a + n.replies + n.minutes, 0));
  });

  it('writes Swedish that reads right: singular for one, the meeting in the past once held', async () => {
    const { outputs } = await setup;
    for (const text of [outputs.md, outputs.docx]) {
      expect(text).not.toMatch(/\b1 (anteckningar|gruppanteckningar|delar|personer)\b/);
      expect(text).toContain('Träffen hölls 2026-12-03 13:00.');
    }
  });

  it('heads themes with one noun phrase: never a name, a placeholder or two phrases joined by "och"', async () => {
    const { c } = await setup;
    const conceptOrGuided = new Set<string>([
      ...Object.values((JSON.parse(readFileSync(join(root, 'locales', 'sv.json'), 'utf8')) as { compile: { concept: Record<string, string> } }).compile.concept),
      'Ledarskap och styrning',
      'Kunskap och kompetens',
      'Samverkan och samordning',
    ]);
    for (const q of c.questions) {
      for (const t of q.themes) {
        expect(t.label).not.toMatch(/Eskilstuna|Katrineholm|Nyköping|\[|namn|personnummer/i);
        if (!conceptOrGuided.has(t.label)) expect(t.label).not.toMatch(/ och /);
      }
    }
  });

  it('puts what replies share under one heading: no numbered theme, no heading twice, respite in one theme', async () => {
    const { c } = await setup;
    for (const q of c.questions) {
      const labels = q.themes.map((t) => t.label);
      expect(labels.filter((l) => /^Tema \d+$/.test(l))).toEqual([]);
      expect(new Set(labels).size).toBe(labels.length);
    }
    // Three answers about respite (ex-008, ex-009, ex-014) and the minutes that discussed it most (ex-017).
    const utveckla = c.questions.find((q) => q.questionId === 'utveckla');
    const respite = utveckla?.themes.find((t) => t.replyIds.includes('ex-008'));
    expect(respite?.label).toBe('Avlösning');
    expect(respite?.replyIds).toEqual(expect.arrayContaining(['ex-008', 'ex-009', 'ex-014', 'ex-017']));
  });

  it('groups the replies the same whatever the draft\'s language: respite is one theme in English too', async () => {
    const { c, replies } = await setup;
    const { compileRound } = await import('../../src/compile/compile-round');
    const { loadProgram } = await import('../../src/program/load-program');
    const program = await loadProgram(join(root, 'examples', 'program.sv.yaml'));
    const en = compileRound({ program, round: 1, replies, locale: 'en', now: '2026-12-20T10:00:00Z' });
    const groups = (x: typeof c) => x.questions.map((q) => q.themes.map((t) => t.replyIds.join(' ')).sort());
    expect(groups(en)).toEqual(groups(c));
    const respite = en.questions.find((q) => q.questionId === 'utveckla')?.themes.find((t) => t.replyIds.includes('ex-008'));
    expect(respite?.replyIds).toEqual(expect.arrayContaining(['ex-008', 'ex-009', 'ex-014', 'ex-017']));
    // The Swedish replies' words stand in the English syntheses in quotation marks, the Swedish ones as before.
    const summaries = (x: typeof c) => x.questions.flatMap((q) => q.themes.map((t) => t.summary ?? ''));
    expect(summaries(en).join(' ')).toMatch(/is “Stödplan”\./);
    expect(summaries(en).join(' ')).toMatch(/people bring up “[^”]+”/);
    expect(summaries(c).join(' ')).not.toMatch(/(är|upp) ”/);
    // A voice is in quotation marks in either language.
    expect(summaries(c).join(' ')).toMatch(/Några röster ur svaren: ”[^”]+”/);
  });

  it('writes each theme as a synthesis about the networks, in the third person', async () => {
    const { c } = await setup;
    const themes = c.questions.flatMap((q) => q.themes).filter((t) => !t.other);
    expect(themes.length).toBeGreaterThan(0);
    for (const t of themes) {
      expect(t.summary).toMatch(/varit uppe i \d+ av 3 nätverk|varit uppe i alla nätverk|diskuterats i ett av nätverken/);
      expect(t.summary).not.toMatch(/\b(jag|mig|min)\b/i);
    }
  });

  it('names as recurring only phrases that could head a theme, never a verb such as "åka"', async () => {
    const { c } = await setup;
    const recurring = c.questions
      .flatMap((q) => q.themes)
      .flatMap((t) => /Man tar bland annat upp ([^.]+)\./.exec(t.summary ?? '')?.[1]?.split(/, | och /) ?? []);
    expect(recurring.length).toBeGreaterThan(3);
    for (const phrase of recurring) {
      expect(headable(phrase)).toBe(true);
      expect(looksLikeNounPhrase(phrase)).toBe(true);
      // Nor a word of the whole field alone, in any form ("stödet" was one).
      expect(phrase).not.toMatch(/^(?:stöd|stödet|anhöriga|anhörigas|närstående)$/i);
    }
  });

  it('does not name the heading again as what the replies bring up, whether the heading is a phrase, a concept or the coordinator\'s', async () => {
    const { c } = await setup;
    const { stem } = await import('../../src/compile/swedish-stem');
    const { isStopword } = await import('../../src/compile/stopwords');
    const stems = (t: string) => (t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !isStopword(w)).map((w) => stem(w));
    const repeated = c.questions.flatMap((q) =>
      q.themes.flatMap((t) => {
        const heading = new Set(stems(t.label));
        const said = /Man tar bland annat upp ([^.]+)\./.exec(t.summary ?? '')?.[1] ?? '';
        return stems(said).some((st) => heading.has(st)) ? [`${t.label}: ${said}`] : [];
      }),
    );
    // "Växelvård och korttidsplats … Man tar bland annat upp växelvård." said nothing new.
    expect(repeated).toEqual([]);
  });

  it('shows the parts of the leader\'s minutes under their themes as text, when the group agreed to be quoted', async () => {
    const { c, outputs } = await setup;
    const split = c.questions.flatMap((q) => q.themes).flatMap((t) => t.parts);
    expect(split.length).toBeGreaterThan(0);
    for (const p of split.filter((x) => x.quotable)) {
      expect(outputs.md).toContain(`Ur gruppens anteckningar: ${p.text.slice(0, 40)}`);
    }
  });
});
