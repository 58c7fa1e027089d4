#!/usr/bin/env node
// The load generator of the reliability suite, in its own process so the
// client never shares the bot's event loop (its latencies would then be
// ours). Reads a job file: { concurrency, slackSecret?, requests: [{ url,
// headers, body, signSlack? }] }, sends every request with `concurrency`
// in flight, and prints one JSON object: { wallMs, results: [{ status, ms,
// text, error? }] } in the order of the requests. Slack requests are signed
// just before they are sent, as Slack does, so a long burst never carries
// a stale timestamp.
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';

const [jobFile] = process.argv.slice(2);
if (!jobFile) {
  process.stderr.write('usage: load-client.mjs JOB.json\n');
  process.exit(2);
}
const job = JSON.parse(readFileSync(jobFile, 'utf8'));

function headersFor(request) {
  if (!request.signSlack) return request.headers;
  const ts = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', job.slackSecret).update(`v0:${ts}:${request.body}`).digest('hex')}`;
  return { ...request.headers, 'x-slack-request-timestamp': String(ts), 'x-slack-signature': signature };
}

async function send(request) {
  const start = process.hrtime.bigint();
  try {
    const res = await fetch(request.url, { method: 'POST', headers: headersFor(request), body: request.body });
    const text = await res.text();
    return { status: res.status, ms: Number(process.hrtime.bigint() - start) / 1e6, text: text.slice(0, 2000) };
  } catch (e) {
    return { status: 0, ms: Number(process.hrtime.bigint() - start) / 1e6, text: '', error: e instanceof Error ? e.message : String(e) };
  }
}

const results = new Array(job.requests.length);
let next = 0;
const worker = async () => {
  while (next < job.requests.length) {
    const i = next++;
    results[i] = await send(job.requests[i]);
  }
};
const started = Date.now();
await Promise.all(Array.from({ length: job.concurrency }, worker));
process.stdout.write(JSON.stringify({ wallMs: Date.now() - started, results }));
