import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, AzureOpenAI } from 'openai';
import type { ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import type { ModelSettings } from './model-settings';
import type { RateGate } from './rate-gate';

export type CallFailure = 'timeout' | 'rate-limited' | 'server-error' | 'refused' | 'unreachable' | 'malformed' | 'stopped';
export type CallOutcome =
  | { ok: true; content: string | null; tokens: { prompt: number; completion: number } }
  | { ok: false; reason: CallFailure };

/** How often one call is tried again after a 429 before its theme falls back. */
const RETRIES_429 = 2;

/**
 * A client for the configured endpoint, without the package's own retries
 * (429 is handled here, under the compilation's time limit) and without
 * anything from the environment (OPENAI_ORG_ID …): only what the settings say.
 */
export function modelClient(s: ModelSettings): OpenAI {
  const common = { apiKey: s.apiKey ?? 'none', timeout: s.callTimeoutMs, maxRetries: 0, organization: null, project: null };
  return s.azureApiVersion
    ? new AzureOpenAI({ ...common, endpoint: s.url, apiVersion: s.azureApiVersion, deployment: s.model })
    : new OpenAI({ ...common, baseURL: s.url });
}

/** Retry-After in milliseconds, from `retry-after-ms` or `retry-after` in seconds; null when absent or a date. */
export function retryAfterMs(headers: Record<string, string | null | undefined> | undefined): number | null {
  const ms = Number(headers?.['retry-after-ms'] ?? Number.NaN);
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const s = headers?.['retry-after'];
  return s && /^\d+(\.\d+)?$/.test(s.trim()) ? Number(s) * 1000 : null;
}

/**
 * One chat completion through the gate. A 429 waits for the server's
 * Retry-After (when it is no longer than one call may take) and tries
 * again, at most RETRIES_429 times; a timeout, a 5xx, a refusal or a lost
 * connection gives up at once: the theme keeps its offline text.
 */
export async function askModel(
  client: OpenAI,
  gate: RateGate,
  body: ChatCompletionCreateParamsNonStreaming,
  settings: ModelSettings,
  signal: AbortSignal,
): Promise<CallOutcome> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      const done = await gate.run(() => client.chat.completions.create(body, { signal }), signal);
      return {
        ok: true,
        content: done.choices?.[0]?.message?.content ?? null,
        tokens: { prompt: done.usage?.prompt_tokens ?? 0, completion: done.usage?.completion_tokens ?? 0 },
      };
    } catch (e) {
      if (signal.aborted) return { ok: false, reason: 'stopped' };
      if (e instanceof APIConnectionTimeoutError) return { ok: false, reason: 'timeout' };
      if (e instanceof APIConnectionError) return { ok: false, reason: 'unreachable' };
      // Not an HTTP error: the answer came but could not be read (a body that is not JSON).
      if (!(e instanceof APIError) || e.status === undefined) return { ok: false, reason: 'malformed' };
      if (e.status >= 500) return { ok: false, reason: 'server-error' };
      if (e.status !== 429) return { ok: false, reason: 'refused' };
      const wait = retryAfterMs(e.headers);
      if (attempt >= RETRIES_429 || wait === null || wait > settings.callTimeoutMs) return { ok: false, reason: 'rate-limited' };
      try {
        await gate.pauseFor(wait, signal);
      } catch {
        return { ok: false, reason: 'stopped' };
      }
    }
  }
}
