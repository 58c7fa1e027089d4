import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { ChatCompletion, ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import type { ThemeAnswer } from '../../src/compile/model/model-answer';
import type { ThemePayload } from '../../src/compile/model/theme-request';

export interface FakeRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The body exactly as it arrived. */
  raw: string;
  body: ChatCompletionCreateParamsNonStreaming;
  /** The theme the request is about: the user message, parsed. */
  payload: ThemePayload;
}

/** How the fake answers one request: a chat completion, an HTTP error, raw bytes, or never. */
export type FakeReply =
  | { answer: ThemeAnswer | string; usage?: { prompt: number; completion: number } }
  | { status: number; headers?: Record<string, string>; json?: unknown }
  | { raw: string }
  | 'hang';

export interface FakeOpenAi {
  /** The base URL to set as LLM_URL (…/v1). */
  url: string;
  requests: FakeRequest[];
  /** How to answer the n-th request (0-based); by default a good answer. */
  respond: (req: FakeRequest, n: number) => FakeReply;
  /** Resolves once `count` requests have arrived. */
  received(count: number): Promise<FakeRequest[]>;
  close(): Promise<void>;
}

const lowerFirst = (s: string) => (/^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

/**
 * An answer that keeps every rule: a heading from the draft's, a synthesis
 * naming the roles and "flera nätverk" (no network, no name, no number),
 * the first reply as its source and, when one is quotable, its first words
 * as a quote, copied exactly.
 */
export function goodAnswer(p: ThemePayload): ThemeAnswer {
  const quotable = p.replies.find((r) => r.quotable && !r.text.includes('nätverk'));
  const words = quotable?.text.match(/^\S+(?:\s+\S+){2,7}/)?.[0];
  const roles = p.facts.roles.length > 0 ? p.facts.roles.join(' och ') : 'deltagarna';
  return {
    heading: p.headingFixed ? p.draftHeading : `Samtal om ${lowerFirst(p.draftHeading)}`,
    synthesis:
      `Temat lyfts av ${roles} i ${p.facts.networks > 1 ? 'flera nätverk' : 'ett av nätverken'}. ` +
      `Svaren beskriver erfarenheter och behov kring ${lowerFirst(p.draftHeading)}. ` +
      'Sammantaget pekar svaren på frågor som bör följas upp vid nästa träff.',
    sources: [p.replies[0]?.id ?? 1],
    quotes: quotable && words ? [{ reply: quotable.id, text: words }] : [],
  };
}

/** A chat completion as the openai package types it. */
export function completion(content: string, usage = { prompt: 900, completion: 160 }): ChatCompletion {
  return {
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: 1_764_400_000,
    model: 'fake-model',
    choices: [{ index: 0, finish_reason: 'stop', logprobs: null, message: { role: 'assistant', content, refusal: null } }],
    usage: { prompt_tokens: usage.prompt, completion_tokens: usage.completion, total_tokens: usage.prompt + usage.completion },
  };
}

/**
 * A real HTTP server on loopback that speaks the chat-completions API
 * (POST …/chat/completions, structured output in, a JSON message out), so
 * the model step runs through the openai package, its HTTP and its errors.
 * A "hang" reply never answers: the connection stays open until close().
 */
export async function startFakeOpenAi(): Promise<FakeOpenAi> {
  const requests: FakeRequest[] = [];
  const waiters: { count: number; resolve: (r: FakeRequest[]) => void }[] = [];
  const sockets = new Set<Socket>();
  const fake: FakeOpenAi = {
    url: '',
    requests,
    respond: (req) => ({ answer: goodAnswer(req.payload) }),
    received: (count) =>
      new Promise((resolve) => {
        if (requests.length >= count) resolve(requests.slice(0, count));
        else waiters.push({ count, resolve });
      }),
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const send = (res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(body);
  };
  const server = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => {
      raw += c;
    });
    req.on('end', () => {
      if (req.method !== 'POST' || !req.url?.includes('/chat/completions')) return send(res, 404, '{"error":{"message":"not found"}}');
      const body = JSON.parse(raw) as ChatCompletionCreateParamsNonStreaming;
      const user = body.messages.find((m) => m.role === 'user');
      const payload = JSON.parse(typeof user?.content === 'string' ? user.content : '{}') as ThemePayload;
      const request: FakeRequest = { method: req.method, path: req.url, headers: req.headers, raw, body, payload };
      const n = requests.push(request) - 1;
      for (const w of [...waiters]) {
        if (requests.length >= w.count) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(requests.slice(0, w.count));
        }
      }
      const reply = fake.respond(request, n);
      if (reply === 'hang') return;
      if ('raw' in reply) return send(res, 200, reply.raw);
      if ('status' in reply) return send(res, reply.status, JSON.stringify(reply.json ?? { error: { message: 'fake' } }), reply.headers);
      const content = typeof reply.answer === 'string' ? reply.answer : JSON.stringify(reply.answer);
      send(res, 200, JSON.stringify(completion(content, reply.usage)));
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  return fake;
}
