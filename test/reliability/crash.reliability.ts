import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import type { FormRef } from '../../src/core/form-model';
import { answerId } from '../../src/core/reply-id';
import { openStore } from '../../src/store/open-store';
import { tempDir } from '../helpers/temp-dir';
import { FakeSlackApi } from '../slack/fake-slack-api';
import { SIGNING_SECRET, sign } from '../slack/slack-harness';
import { type BotProcess, startBotProcess } from './helpers/bot-process';
import { recordFigure } from './helpers/figures';
import { PROGRAM_ID, reliabilityProgramYaml, slackChannel, slackNetwork } from './helpers/reliability-program';
import { slackSubmission } from './helpers/submissions';

const NETWORKS = 30;
const SUBMISSIONS = 2000;
const USERS = 200;
const CONCURRENCY = 100;
/** Kill once this many replies are acknowledged and the schedule has posted some but not all rounds. */
const KILL_AFTER_ACKS = 400;

interface Sent {
  k: number;
  user: string;
  ref: FormRef;
  text: string;
}

const submissionOf = (k: number): Sent => {
  const user = `U${String(k % USERS).padStart(5, '0')}`;
  const net = Math.floor(k / USERS) % NETWORKS;
  return { k, user, ref: { kind: 'answer', program: PROGRAM_ID, round: 1, network: slackNetwork(net) }, text: `Krocksvar ${k} från ${user}` };
};

/** Sends submissions at `concurrency` until `stop()` says so; returns which were acknowledged as saved. */
/**
 * Sends `items` as form submissions, `concurrency` at a time. A submission the bot answers with the
 * form kept open (the save took longer than its budget on a loaded machine: "your text is kept, send
 * again") is sent again up to `resends` times, as the person would.
 */
async function burst(url: string, items: Sent[], concurrency: number, onAck: (acked: number) => void, resends = 0): Promise<Set<number>> {
  const acked = new Set<number>();
  let next = 0;
  const send = async (s: Sent) => {
    const body = slackSubmission(s.ref, s.user, slackChannel(Math.floor(s.k / USERS) % NETWORKS), s.text);
    const ts = Math.floor(Date.now() / 1000);
    const res = await fetch(`${url}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sign(body, ts) },
      body,
    }).catch(() => undefined);
    const text = res ? await res.text() : '';
    // Acknowledged as saved: 200 with an empty body (the modal closes). Anything else is not a promise to the person.
    if (res?.status === 200 && text === '') return 'saved';
    return res?.status === 200 && text.includes('"response_action":"errors"') ? 'kept' : 'failed';
  };
  const worker = async () => {
    while (next < items.length) {
      const s = items[next++];
      if (!s) break;
      let outcome = await send(s);
      for (let again = 0; outcome === 'kept' && again < resends; again++) outcome = await send(s);
      if (outcome === 'saved') {
        acked.add(s.k);
        onAck(acked.size);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return acked;
}

const postsByKey = (fake: FakeSlackApi) => {
  const counts = new Map<string, number>();
  for (const m of fake.messages) {
    const key = String(m.metadata?.event_payload?.key ?? '');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
};

describe('SIGKILL in the middle of a burst, then a restart on the same SQLite file', () => {
  const dir = tempDir('lnb-crash-');
  const fake = new FakeSlackApi();
  let bot: BotProcess | undefined;
  afterAll(async () => {
    await bot?.kill('SIGKILL');
    await fake.close();
    dir.remove();
  });

  it('keeps every acknowledged reply, and the schedule resumes without posting anything twice', async () => {
    await fake.start();
    // The round's questions were due half an hour ago and the meeting is days away, so the tick at start posts them.
    const zone = 'Europe/Stockholm';
    const now = DateTime.now().setZone(zone);
    const programFile = join(dir.path, 'program.yaml');
    writeFileSync(
      programFile,
      reliabilityProgramYaml({
        slackNetworks: NETWORKS,
        teamsNetworks: 0,
        post: now.minus({ minutes: 30 }).toFormat("yyyy-MM-dd'T'HH:mm"),
        meeting: now.plus({ days: 3 }).toFormat("yyyy-MM-dd'T'HH:mm"),
        reminders: false,
      }),
    );
    const storeFile = join(dir.path, 'data', 'lnb.sqlite');
    const env = {
      PROGRAM_FILE: programFile,
      STORE_URL: `sqlite://${storeFile}`,
      SLACK_BOT_TOKEN: fake.token,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.url,
    };
    // Slack is slow to answer a post (the message is in the channel before the answer comes),
    // so the kill lands while the schedule is between a send and its record.
    fake.delay('chat.postMessage', 150);

    const first = await startBotProcess(env, dir.path);
    bot = first;
    const items = Array.from({ length: SUBMISSIONS }, (_, k) => submissionOf(k));
    let postsAtKill = -1;
    let killedAt = 0;
    const acked = await burst(first.url, items, CONCURRENCY, (count) => {
      // Killed while a post is in the channel but its answer (150 ms late) has not reached the bot.
      const lastPost = fake.calls.filter((c) => c.method === 'chat.postMessage').at(-1);
      if (killedAt === 0 && count >= KILL_AFTER_ACKS && lastPost && Date.now() - lastPost.at < 100) {
        killedAt = count;
        postsAtKill = fake.messages.length;
        first.proc.kill('SIGKILL');
      }
    });
    expect(await first.exited).toBeNull();
    expect(first.proc.signalCode).toBe('SIGKILL');
    // The scenario holds: killed mid-burst and mid-schedule.
    expect(acked.size).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
    expect(acked.size).toBeLessThan(SUBMISSIONS);
    expect(postsAtKill).toBeGreaterThan(0);
    expect(postsAtKill).toBeLessThan(NETWORKS);

    // Restart on the same file: the rest of the burst, and the schedule catches up.
    const second = await startBotProcess(env, dir.path);
    bot = second;
    const rest = items.filter((s) => !acked.has(s.k));
    // Nothing kills this one: a submission kept open because the machine is loaded is sent again.
    const ackedAfter = await burst(second.url, rest, CONCURRENCY, () => undefined, 20);
    expect(ackedAfter.size).toBe(rest.length);
    const until = Date.now() + 60_000;
    while (postsByKey(fake).size < NETWORKS && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    // A moment more, for a second post of the same key to show if there were to be one.
    await new Promise((r) => setTimeout(r, 1000));
    expect(await second.kill('SIGTERM')).toBe(0);

    // The post cut off by the kill was looked for in the channel before being sent again.
    expect(fake.accepted('conversations.history').length).toBeGreaterThan(0);
    const counts = postsByKey(fake);
    expect(counts.size).toBe(NETWORKS);
    expect([...counts].filter(([, n]) => n !== 1)).toEqual([]);

    const store = await openStore(`sqlite://${storeFile}`, dir.path);
    try {
      const replies = await store.replies.list({ program: PROGRAM_ID });
      const byId = new Map(replies.map((r) => [r.id, r]));
      const lost = [...acked, ...ackedAfter].filter((k) => {
        const s = items[k] as Sent;
        return byId.get(answerId(PROGRAM_ID, 1, s.ref.network, 'behov', { platform: 'slack', userId: s.user }))?.text !== s.text;
      });
      expect(lost).toEqual([]);
      expect(new Set(replies.map((r) => r.id)).size).toBe(replies.length);
      // Every network's post is recorded as sent (the coordinators' "no channel yet" notice is past its time and dropped).
      const posts = (await store.ledger.list(PROGRAM_ID)).filter((e) => e.action === 'post');
      expect(posts.filter((e) => e.status !== 'sent')).toEqual([]);
      expect(posts).toHaveLength(NETWORKS);
    } finally {
      await store.close();
    }
    recordFigure({
      area: 'crash',
      case: 'SIGKILL mid-burst, restart (SQLite)',
      requests: SUBMISSIONS,
      acknowledged: acked.size + ackedAfter.size,
      stored: acked.size + ackedAfter.size,
      note: `${acked.size} acked before the kill, 0 lost; ${postsAtKill}/${NETWORKS} posts before the kill, each of ${NETWORKS} posted once`,
    });
  });
});
