import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { compileInWorker } from '../../compile/compile-in-worker';
import { compileReplyOf } from '../../compile/compile-reply-of';
import { compileRound } from '../../compile/compile-round';
import { modelSummary } from '../../compile/model/model-lines';
import { modelFor } from '../../compile/model/model-settings';
import { PROGRESS_ABOVE, progressBar } from '../../compile/progress-bar';
import { parseReplyLines } from '../../compile/read-replies';
import { renderDocx } from '../../compile/render-docx';
import { renderJson } from '../../compile/render-json';
import { renderMarkdown } from '../../compile/render-markdown';
import type { Compilation, CompileInput, CompileReply } from '../../compile/types';
import { loadConfig } from '../../config/config';
import { InputError } from '../../errors';
import { isLocale, type Locale, translate } from '../../i18n/translate';
import { loadProgram } from '../../program/load-program';
import type { Program } from '../../program/schema';
import { EXIT } from '../../report-error';
import { editedCompilation } from '../../workbench/edited-compilation';
import type { CliIo } from '../cli-io';
import { parseCommandArgs, positiveInt } from '../parse-args';
import { withStore } from '../with-store';

const FORMATS = ['json', 'md', 'docx'] as const;
type Format = (typeof FORMATS)[number];

const fail = (path: string, message: string) => new InputError([{ path, message }]);

async function repliesFromFile(
  file: string,
  io: CliIo,
  locale: Locale,
  program?: Program,
): Promise<(CompileReply & { round?: number })[]> {
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, file), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      throw fail('--input', translate(locale, 'compile.error.notFound', { file }));
    }
    throw e;
  }
  const { replies, programs, problems } = parseReplyLines(text, locale);
  if (problems.length > 0) throw new InputError(problems.map((p) => ({ ...p, path: `${file}, ${p.path}` })));
  if (replies.length === 0) throw fail('--input', translate(locale, 'compile.error.emptyFile', { file }));
  // Replies of another program would be compiled under questions they never answered.
  const other = programs.filter((id) => id !== program?.program.id);
  if (program && other.length > 0) {
    throw fail('--input', translate(locale, 'compile.error.otherProgram', { file, found: other.join(', '), id: program.program.id }));
  }
  return replies;
}

async function repliesFromStore(program: Program, round: number, network: string | undefined, io: CliIo) {
  const stored = await withStore(io, (store) => store.replies.list({ program: program.program.id, round, network }));
  return stored.map(compileReplyOf);
}

/** Only the LLM_* settings, checked as the bot checks them (a half-configured model is an error). */
const llmEnv = (env: NodeJS.ProcessEnv) => Object.fromEntries(Object.entries(env).filter(([k]) => k.startsWith('LLM_')));

/**
 * The language model this compile uses: the configured one (LLM_URL) unless
 * `--model off` or the program's `languageModel: false`; `--model on`
 * without one configured, or for such a program, is an error.
 */
function languageModel(flag: string | undefined, program: Program | undefined, io: CliIo, locale: Locale) {
  const settings = loadConfig(llmEnv(io.env), {}, locale).languageModel;
  if (flag === 'on' && !settings) throw fail('--model', translate(locale, 'compile.error.modelNotConfigured'));
  if (flag === 'on' && program?.program.languageModel === false) {
    throw fail('--model', translate(locale, 'compile.error.modelOffForProgram', { id: program.program.id }));
  }
  return modelFor(settings, program, flag !== 'off');
}

/**
 * `lnb compile (--input REPLIES.jsonl | --program PROGRAM.yaml | both) [--round N]
 * [--network ID] [--format json|md|docx] [--out FILE] [--lang sv|en] [--lexicon on|off]
 * [--model on|off]`: drafts the compilation of a round from its replies (the store's, or a
 * file's; with both, the file's against the program's questions, themes and networks); with a language model
 * configured (LLM_URL) it writes the themes' headings and syntheses unless `--model off`.
 */
export async function compileCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(
    argv,
    {
      input: { type: 'string' },
      program: { type: 'string' },
      round: { type: 'string' },
      network: { type: 'string' },
      format: { type: 'string', default: 'md' },
      out: { type: 'string' },
      lang: { type: 'string' },
      lexicon: { type: 'string', default: 'on' },
      model: { type: 'string' },
      draft: { type: 'boolean', default: false },
    },
    io,
  );
  const locale: Locale = isLocale(values.lang) ? values.lang : io.locale;
  const t = (key: string, vars?: Record<string, string | number>) => translate(locale, key, vars);
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw fail('--format', t('compile.error.badFormat', { format: String(values.format) }));
  if (format === 'docx' && !values.out) throw fail('--out', t('compile.error.docxNeedsOut'));
  if (!values.input && !values.program) throw fail('lnb compile', t('compile.error.inputOrProgram'));
  const round = positiveInt(values.round, '--round', io);
  if (values.lexicon !== 'on' && values.lexicon !== 'off') {
    throw fail('--lexicon', t('compile.error.badLexicon', { value: String(values.lexicon) }));
  }
  if (values.model !== undefined && values.model !== 'on' && values.model !== 'off') {
    throw fail('--model', t('compile.error.badModel', { value: values.model }));
  }

  let program: Program | undefined;
  let replies: CompileReply[];
  let roundNumber = round;
  let edited: Compilation | undefined;
  if (values.program) {
    program = await loadProgram(values.program, locale, io.cwd);
    if (round !== undefined && !program.rounds.some((r) => r.number === round)) {
      const known = program.rounds.map((r) => r.number).join(', ');
      throw fail('--round', t('compile.error.unknownRound', { round, known }));
    }
  }
  if (program && values.input) {
    // A file of replies (an export) compiled against its program: the questions' own words, the
    // program's themes and networks. Lines of other rounds are left out; lines without a round kept.
    const fromFile = await repliesFromFile(values.input, io, locale, program);
    const known = new Set(program.rounds.map((r) => r.number));
    const inFile = fromFile.flatMap((r) => (r.round !== undefined && known.has(r.round) ? [r.round] : []));
    roundNumber = round ?? (inFile.length > 0 ? Math.max(...inFile) : Math.max(...known));
    replies = fromFile.filter((r) => r.round === undefined || r.round === roundNumber);
    if (replies.length === 0) {
      throw fail('--input', t('compile.error.noRepliesOfRound', { file: values.input, round: roundNumber }));
    }
  } else if (program) {
    roundNumber = round ?? Math.max(...program.rounds.map((r) => r.number));
    replies = await repliesFromStore(program, roundNumber, values.network, io);
    // What the coordinator shaped on the workbench, unless --draft asks for the machine's draft.
    const scope = { program: program.program.id, round: roundNumber, ...(values.network ? { network: values.network } : {}) };
    const shaped = program;
    edited = values.draft ? undefined : await withStore(io, (store) => editedCompilation(store, shaped, scope));
    if (edited) io.stderr(`${t('workbench.cli.edited')}\n`);
  } else {
    replies = await repliesFromFile(values.input ?? '', io, locale);
  }

  const bar = replies.length > PROGRESS_ABOVE ? progressBar((s) => io.stderr(s), t('compile.progress')) : null;
  const input: CompileInput = {
    ...(program ? { program } : {}),
    ...(roundNumber !== undefined ? { round: roundNumber } : {}),
    ...(values.network ? { network: values.network } : {}),
    replies,
    // The draft is in the program's language, as the bot writes it, unless --lang says otherwise.
    locale: (isLocale(values.lang) ? values.lang : io.lang) ?? program?.program.locale ?? locale,
    lexicon: values.lexicon === 'on',
    now: io.now().toISOString(),
    ...(bar ? { onProgress: (done: number, total: number) => bar.update(done, total) } : {}),
  };
  const model = languageModel(values.model, program, io, locale);
  // With a model the compilation runs in a worker thread, as in the bot; without one, as it always has.
  const compilation = edited ?? (model ? await compileInWorker(input, { model }) : compileRound(input));
  if (compilation.model) io.stderr(`${modelSummary(compilation.model, locale)}\n`);
  bar?.update(1, 1);
  bar?.finish();

  if (format === 'docx') {
    const file = resolve(io.cwd, values.out ?? '');
    await writeFile(file, await renderDocx(compilation));
    io.stderr(`${t('compile.written', { file: values.out ?? '' })}\n`);
    return EXIT.ok;
  }
  const text = format === 'json' ? renderJson(compilation) : renderMarkdown(compilation);
  if (values.out) {
    await writeFile(resolve(io.cwd, values.out), text, 'utf8');
    io.stderr(`${t('compile.written', { file: values.out })}\n`);
  } else io.stdout(text);
  return EXIT.ok;
}
