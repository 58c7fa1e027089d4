import type { Reply } from '../replies/reply';
import { builtOnce } from './built-once';
import { contribution, type ReplyCounts } from './reply-counts';

/** The commands of a node-redis client that the counts use. */
export interface RedisCountCommands {
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
  sCard(key: string): Promise<number>;
  exists(key: string): Promise<number>;
  set(key: string, value: string): Promise<unknown>;
}

const SEP = '\u0000';
const scopeKey = (program: string, round: number, network: string) => `lnb:count:replies:${[program, round, network].join(SEP)}`;

/**
 * Per scope, sets rather than counters, so that applying a change twice (a
 * retry, the first count racing a save) changes nothing: the ids of the
 * answers and of the minutes with content, the people with an answer, and
 * per person the ids of their answers. A set's size is the count. The
 * script runs atomically, so a person leaves the people set only when no
 * other instance has just given them another answer.
 */
const APPLY = `
for i = 0, #ARGV / 4 - 1 do
  local op, id, kind, person = ARGV[i * 4 + 1], ARGV[i * 4 + 2], ARGV[i * 4 + 3], ARGV[i * 4 + 4]
  local scope = KEYS[i + 1]
  local mine = scope .. ':by:' .. person
  if op == 'add' then
    redis.call('SADD', scope .. ':' .. kind, id)
    if kind == 'answer' then
      redis.call('SADD', mine, id)
      redis.call('SADD', scope .. ':people', person)
    end
  else
    redis.call('SREM', scope .. ':' .. kind, id)
    if kind == 'answer' then
      redis.call('SREM', mine, id)
      if redis.call('SCARD', mine) == 0 then redis.call('SREM', scope .. ':people', person) end
    end
  end
end
return 1`;

/** The script's keys and arguments for taking each `before` out and putting each `after` in. */
function changes(steps: ['remove' | 'add', Reply | undefined][]) {
  const keys: string[] = [];
  const args: string[] = [];
  for (const [op, reply] of steps) {
    const c = reply && contribution(reply);
    if (!reply || !c) continue;
    keys.push(scopeKey(reply.program, reply.round, reply.network));
    args.push(op, reply.id, c.kind, c.person);
  }
  return { keys, args };
}

/**
 * Redis: the counts as sets per scope (see APPLY), changed by the reply
 * repository after each write, under the reply's lock. Replies stored
 * before the counts existed are counted once, when a store first opens with
 * them (`backfill`).
 */
export function redisReplyCounts(client: RedisCountCommands): ReplyCounts & { backfill(all: () => Promise<Reply[]>): Promise<void> } {
  const apply = async (steps: ['remove' | 'add', Reply | undefined][]) => {
    const { keys, args } = changes(steps);
    if (keys.length > 0) await client.eval(APPLY, { keys, arguments: args });
  };
  return {
    changed: (before, after) => apply([['remove', before], ['add', after]]),
    async of(program, round, networks) {
      const sizes = await Promise.all(
        networks.map(async (network) => {
          const scope = scopeKey(program, round, network);
          const [answers, minutes, people] = await Promise.all(['answer', 'minutes', 'people'].map((set) => client.sCard(`${scope}:${set}`)));
          return [network, { answers: answers ?? 0, minutes: minutes ?? 0, people: people ?? 0 }] as const;
        }),
      );
      return new Map(sizes);
    },
    backfill: (all) =>
      builtOnce(client, 'lnb:count:replies:built', async () => {
        const replies = await all();
        for (let i = 0; i < replies.length; i += 500) await apply(replies.slice(i, i + 500).map((r) => ['add', r]));
      }),
  };
}
