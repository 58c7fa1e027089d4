import { setMaxListeners } from 'node:events';
import type OpenAI from 'openai';
import type { Program } from '../../program/schema';
import type { Compilation, CompiledQuestion, CompiledTheme, CompileReply, ModelReport } from '../types';
import { type Checked, checkAnswer } from './check-answer';
import { answerJsonSchema, parseAnswer } from './model-answer';
import { askModel, modelClient } from './model-client';
import { themeMessages } from './model-prompt';
import type { ModelSettings } from './model-settings';
import { modelSources } from './model-sources';
import { RateGate } from './rate-gate';
import { themeRequest } from './theme-request';

/** Calls at once unless the settings say: a municipality's own server is often one GPU. */
const CONCURRENT = 2;
/** Room for a heading, four sentences, two quotes and the JSON around them. */
const MAX_TOKENS = 700;

export interface RefineInput {
  replies: readonly CompileReply[];
  program?: Program;
  network?: string;
}

export interface RefineOptions {
  /** Aborts every call still running (the compile worker's "finish now"); themes left keep their offline text. */
  signal?: AbortSignal;
  /** A client other than the one the settings make (tests use none: they run a real fake server). */
  client?: OpenAI;
}

type Outcome = { theme: CompiledTheme; answer: Checked | { ok: false; reason: string } };

/**
 * The compilation with headings and syntheses a language model wrote, theme
 * by theme, where its answer held to the data (`checkAnswer`); every other
 * theme keeps the offline text. Runs after the offline grouping and never
 * changes it: which replies are in which theme, the counts, the networks.
 * Bounded by `settings.totalTimeoutMs` and `options.signal` together; never
 * throws for anything the endpoint does.
 */
export async function refineWithModel(
  c: Compilation,
  input: RefineInput,
  settings: ModelSettings,
  options: RefineOptions = {},
): Promise<Compilation> {
  try {
    return await refine(c, input, settings, options);
  } catch {
    // The model is never required: whatever goes wrong here, the offline draft stands, and says a model was asked.
    const report: ModelReport = { name: settings.model, asked: 0, written: 0, fallbacks: [{ themeId: '*', reason: 'error' }], tokens: { prompt: 0, completion: 0 } };
    return { ...c, model: report };
  }
}

async function refine(c: Compilation, input: RefineInput, settings: ModelSettings, options: RefineOptions): Promise<Compilation> {
  const sources = modelSources(input.replies, input.program, input.network, c.locale);
  const client = options.client ?? modelClient(settings);
  const gate = new RateGate(settings.concurrency ?? CONCURRENT);
  const deadline = AbortSignal.timeout(settings.totalTimeoutMs);
  const signal = options.signal ? AbortSignal.any([deadline, options.signal]) : deadline;
  // Every call in flight or waiting listens to it: as many as the compilation has themes.
  setMaxListeners(0, signal);
  const schema = answerJsonSchema();
  const report: ModelReport = { name: settings.model, asked: 0, written: 0, fallbacks: [], tokens: { prompt: 0, completion: 0 } };

  const askTheme = async (q: CompiledQuestion, t: CompiledTheme): Promise<Outcome> => {
    const request = themeRequest(q, t, sources, c.round?.number ?? null, c.locale);
    report.asked += 1;
    const call = await askModel(
      client,
      gate,
      {
        model: settings.model,
        messages: themeMessages(request.payload, c.locale),
        temperature: 0.2,
        max_tokens: MAX_TOKENS,
        response_format: { type: 'json_schema', json_schema: { name: 'theme', strict: true, schema } },
      },
      settings,
      signal,
    );
    if (!call.ok) return { theme: t, answer: call };
    report.tokens.prompt += call.tokens.prompt;
    report.tokens.completion += call.tokens.completion;
    const answer = parseAnswer(call.content);
    return { theme: t, answer: answer ? checkAnswer(answer, request, sources, c.locale) : { ok: false, reason: 'malformed' } };
  };

  const asked = c.questions.map((q) =>
    Promise.all(q.themes.map((t) => (q.kind === 'text' && !t.other && t.replyIds.length > 0 ? askTheme(q, t) : null))),
  );
  const answers = await Promise.all(asked);
  const relabel = new Map<string, Map<string, string>>();
  const questions = c.questions.map((q, qi) => {
    const used = new Set(q.themes.map((t) => t.label.toLowerCase()));
    const labels = new Map<string, string>();
    const themes = q.themes.map((t, ti) => {
      const outcome = answers[qi]?.[ti];
      if (!outcome) return t;
      const { answer } = outcome;
      if (!answer.ok) {
        report.fallbacks.push({ themeId: t.id, reason: answer.reason });
        return t;
      }
      const heading = t.guided ? t.label : answer.heading;
      // Two themes of a question never share a heading: the later one keeps its own.
      const clash = heading.toLowerCase() !== t.label.toLowerCase() && used.has(heading.toLowerCase());
      if (clash) {
        report.fallbacks.push({ themeId: t.id, reason: 'duplicate-heading' });
        return t;
      }
      used.add(heading.toLowerCase());
      labels.set(t.label, heading);
      report.written += 1;
      const quotes = answer.quotes.length > 0 ? answer.quotes : t.quotes;
      return {
        ...t,
        label: heading,
        summary: answer.synthesis,
        quotes,
        model: { heading: heading !== t.label, summary: true, quotes: answer.quotes.length > 0 },
      };
    });
    relabel.set(q.questionId, labels);
    return { ...q, themes };
  });
  // Each network's "raised" lines name themes by heading: the new ones.
  const networks = c.networks.map((n) => ({
    ...n,
    raised: n.raised.map((r) => ({ ...r, themes: r.themes.map((l) => relabel.get(r.questionId)?.get(l) ?? l) })),
  }));
  return { ...c, questions, networks, model: report };
}
