import { builtOnce } from '../../src/store/built-once';
import { redisClientForSuite, redisServerAvailable } from '../helpers/redis-server';

const describeRedis = redisServerAvailable() ? describe : describe.skip;
describeRedis('builtOnce on Redis', () => {
  const client = redisClientForSuite();

  it('builds once, then marks the flag so later opens skip it', async () => {
    let builds = 0;
    const build = async () => {
      builds++;
      await client().sAdd('lnb:test:set', ['x']);
    };
    await builtOnce(client(), 'lnb:test:built', build);
    expect(builds).toBe(1);
    expect(await client().exists('lnb:test:built')).toBe(1);
    await builtOnce(client(), 'lnb:test:built', build);
    expect(builds).toBe(1);
    // Another flag is another build.
    await builtOnce(client(), 'lnb:other:built', build);
    expect(builds).toBe(2);
  });

  it('leaves the flag unset when the build fails, so the next open tries again', async () => {
    await expect(
      builtOnce(client(), 'lnb:test:built', async () => {
        throw new Error('the replies could not be read');
      }),
    ).rejects.toThrow('could not be read');
    expect(await client().exists('lnb:test:built')).toBe(0);
    let built = false;
    await builtOnce(client(), 'lnb:test:built', async () => {
      built = true;
    });
    expect(built).toBe(true);
  });
});
