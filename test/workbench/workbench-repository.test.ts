import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReplyLines } from '../../src/compile/read-replies';
import { loadConfig } from '../../src/config/config';
import { HttpServer } from '../../src/http/http-server';
import { startWorkbench } from '../../src/workbench/start-workbench';
import { openTestContext, type TestContext } from '../helpers/bot-context';
import { type RedisServer, redisServerAvailable, startRedisServer } from '../helpers/redis-server';
import { replyInput } from '../helpers/reply-input';

/**
 * Two instances of the bot on one Redis server: each its own store
 * connections, HTTP server and workbench. A link is used once on either; a
 * session made on one works on the other; edits made on both at once are
 * all kept, in the one log.
 */
const available = redisServerAvailable();
const describeRedis = available ? describe : describe.skip;
jest.setTimeout(60_000);

interface Instance {
  t: TestContext;
  http: HttpServer;
  base: string;
}

async function instance(url: string): Promise<Instance> {
  const t = await openTestContext({ storeUrl: url, now: '2026-12-05T10:00:00Z' });
  const http = new HttpServer(t.ctx.log);
  await http.listen(0, '127.0.0.1');
  startWorkbench({ ctx: t.ctx, config: loadConfig({}, { PORT: '0', HOST: '127.0.0.1' }), http });
  return { t, http, base: `http://127.0.0.1:${http.port}` };
}

describeRedis('the workbench on two instances sharing Redis', () => {
  let redis: RedisServer;
  let a: Instance;
  let b: Instance;
  beforeAll(async () => {
    redis = await startRedisServer();
    a = await instance(redis.url);
    b = await instance(redis.url);
    const lines = readFileSync(join(__dirname, '../../examples/replies.sv.jsonl'), 'utf8');
    const { replies } = parseReplyLines(lines, 'sv');
    for (const r of replies) {
      await a.t.store.replies.save(
        replyInput({ program: 'anhorigstod-2027', round: 1, id: r.id, question: r.question, network: r.network ?? 'eskilstuna', text: r.text, consent: r.consent ?? false }),
        a.t.clock.now(),
      );
    }
  });
  afterAll(async () => {
    for (const i of [a, b]) {
      await i?.http.close();
      await i?.t.close();
    }
    await redis?.stop();
  });

  it('uses a link once across instances, and keeps both coordinators’ edits made at the same time', async () => {
    const link = (await a.t.ctx.workbenchLink?.({ platform: 'local', userId: 'samordnare' }, { round: 1 })) as string;
    const opened = await fetch(link, { redirect: 'manual' });
    expect(opened.status).toBe(200);
    expect((await fetch(link.replace(a.base, b.base), { redirect: 'manual' })).status).toBe(410);
    const cookieA = /^(lnb_workbench=[^;]+)/.exec(opened.headers.get('set-cookie') ?? '')?.[1] as string;

    const second = (await b.t.ctx.workbenchLink?.({ platform: 'local', userId: 'samordnare' }, { round: 1 })) as string;
    const cookieB = /^(lnb_workbench=[^;]+)/.exec((await fetch(second, { redirect: 'manual' })).headers.get('set-cookie') ?? '')?.[1] as string;

    // The session made on A works on B.
    type State = { csrf: string; questions: { id: string; kind: string; themes: { id: string; label: string; summary: string }[] }[] };
    const stateOf = async (base: string, cookie: string) => (await (await fetch(`${base}/workbench/state`, { headers: { cookie } })).json()) as State;
    const [sa, sb] = await Promise.all([stateOf(b.base, cookieA), stateOf(a.base, cookieB)]);
    const q = sa.questions.find((x) => x.kind === 'text' && x.themes.length >= 2);
    if (!q) throw new Error('no question with two themes');
    const [t1, t2] = q.themes;
    if (!t1 || !t2) throw new Error('no two themes');

    const edit = (base: string, cookie: string, csrf: string, body: unknown) =>
      fetch(`${base}/workbench/edit`, { method: 'POST', headers: { cookie, 'x-lnb-csrf': csrf, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const edits = [
      edit(a.base, cookieA, sa.csrf, { kind: 'rename', question: q.id, theme: t1.id, label: 'Från instans A' }),
      edit(b.base, cookieB, sb.csrf, { kind: 'rename', question: q.id, theme: t2.id, label: 'Från instans B' }),
      edit(a.base, cookieA, sa.csrf, { kind: 'summary', question: q.id, theme: t2.id, text: 'Sammanfattning från A.' }),
      edit(b.base, cookieB, sb.csrf, { kind: 'summary', question: q.id, theme: t1.id, text: 'Sammanfattning från B.' }),
    ];
    expect((await Promise.all(edits)).map((r) => r.status)).toEqual([200, 200, 200, 200]);

    for (const [base, cookie] of [
      [a.base, cookieB],
      [b.base, cookieA],
    ] as const) {
      const themes = (await stateOf(base, cookie)).questions.find((x) => x.id === q.id)?.themes ?? [];
      expect(themes.find((t) => t.id === t1.id)).toMatchObject({ label: 'Från instans A', summary: 'Sammanfattning från B.' });
      expect(themes.find((t) => t.id === t2.id)).toMatchObject({ label: 'Från instans B', summary: 'Sammanfattning från A.' });
    }
  });
});
