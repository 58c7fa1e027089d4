import { Writable } from 'node:stream';
import { loadConfig } from '../../src/config/config';
import { HttpServer } from '../../src/http/http-server';
import { createLogger } from '../../src/logger';
import { startWorkbench } from '../../src/workbench/start-workbench';
import { openTestContext, type TestContext } from '../helpers/bot-context';
import { replyInput } from '../helpers/reply-input';

jest.setTimeout(60_000);

const SECRET_TEXT = 'Min mamma Agda glömmer allt sedan i våras';
let t: TestContext;
let http: HttpServer;
let base: string;
const lines: string[] = [];

beforeAll(async () => {
  t = await openTestContext({ now: '2026-12-05T10:00:00Z' });
  // Everything at info and above, as the bot logs in production.
  t.ctx.log = createLogger(
    'info',
    new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    }),
  );
  for (const [i, text] of [SECRET_TEXT, 'Avlösning i hemmet på kvällarna.', 'Information om stödet i kommunen.'].entries()) {
    await t.store.replies.save(replyInput({ id: `r-${i}`, text, consent: i !== 0 }), t.clock.now());
  }
  http = new HttpServer(t.ctx.log);
  await http.listen(0, '127.0.0.1');
  startWorkbench({ ctx: t.ctx, config: loadConfig({}, { PORT: '0', HOST: '127.0.0.1' }), http });
  base = `http://127.0.0.1:${http.port}`;
});

afterAll(async () => {
  await http?.close();
  await t?.close();
});

describe('startWorkbench', () => {
  it('serves the workbench and logs what happened, never a reply, a label, the reflection or the token', async () => {
    const link = (await t.ctx.workbenchLink?.({ platform: 'local', userId: 'samordnare' }, { round: 1 })) as string;
    const token = link.slice(link.lastIndexOf('/') + 1);
    const opened = await fetch(link, { redirect: 'manual' });
    const cookie = /^(lnb_workbench=[^;]+)/.exec(opened.headers.get('set-cookie') ?? '')?.[1] as string;
    const state = (await (await fetch(`${base}/workbench/state`, { headers: { cookie } })).json()) as {
      csrf: string;
      questions: { id: string; themes: { id: string; replies: { id: string; text: string }[] }[] }[];
    };
    const q = state.questions.find((x) => x.themes.length > 0);
    const theme = q?.themes[0];
    if (!q || !theme) throw new Error('no theme');
    // The page shows the reply as the compilation does, redacted: the name is gone.
    const shown = state.questions.flatMap((x) => x.themes.flatMap((th) => th.replies.map((r) => r.text))).join(' ');
    expect(shown).toContain('glömmer allt');
    expect(shown).not.toContain('Agda');
    const edit = (body: unknown) =>
      fetch(`${base}/workbench/edit`, {
        method: 'POST',
        headers: { cookie, 'x-lnb-csrf': state.csrf, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await edit({ kind: 'rename', question: q.id, theme: theme.id, label: 'Hemlig rubrik' })).status).toBe(200);
    expect((await edit({ kind: 'reflection', text: 'Hemlig reflektion' })).status).toBe(200);

    const log = lines.join('');
    expect(log).toContain('workbench: link opened');
    expect(log).toContain('workbench: edit saved');
    for (const secret of ['glömmer allt', 'Agda', 'Hemlig rubrik', 'Hemlig reflektion', token, state.csrf]) expect(log).not.toContain(secret);
  });
});
