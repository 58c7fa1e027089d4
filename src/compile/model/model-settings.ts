import type { Program } from '../../program/schema';

/**
 * The language model a compilation may use (issue 18): an OpenAI-compatible
 * endpoint, or Azure OpenAI when `azureApiVersion` is set (then `model` is
 * the deployment). Plain data, so it crosses into the compile worker.
 */
export interface ModelSettings {
  url: string;
  model: string;
  apiKey?: string;
  azureApiVersion?: string;
  /** Longest one call may take (LLM_TIMEOUT_MS). */
  callTimeoutMs: number;
  /** Longest all of a compilation's calls may take together (LLM_TOTAL_TIMEOUT_MS). */
  totalTimeoutMs: number;
  /** Calls at once (LLM_CONCURRENCY); 2 when absent. */
  concurrency?: number;
}

/**
 * The settings to use for one of `program`'s compilations: none when no
 * model is configured, when the program keeps its data off it
 * (`program.languageModel: false`) or when the caller turned it off.
 */
export function modelFor(settings: ModelSettings | undefined, program: Program | undefined, on = true): ModelSettings | undefined {
  if (!settings || !on || program?.program.languageModel === false) return undefined;
  return settings;
}
