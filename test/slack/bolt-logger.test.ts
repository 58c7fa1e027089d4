import { LogLevel } from '@slack/bolt';
import { boltLogger } from '../../src/slack/bolt-logger';
import { capturedLog } from '../helpers/captured-log';

describe('boltLogger', () => {
  it('writes Bolt’s lines through our logger at their level, tagged as Slack’s, parts joined as text', () => {
    const { log, lines } = capturedLog('debug');
    const bolt = boltLogger(log);
    bolt.debug('request body', { text: 'ett svar 🌱' });
    bolt.info('started');
    bolt.warn('retrying', 3);
    bolt.error(new Error('socket hang up'), 'while posting');
    expect(lines.map((l) => [l.level, l.component, l.msg])).toEqual([
      [20, 'slack', 'request body {"text":"ett svar 🌱"}'],
      [30, 'slack', 'started'],
      [40, 'slack', 'retrying 3'],
      [50, 'slack', 'socket hang up while posting'],
    ]);
  });

  it('keeps what Bolt logs at debug (request bodies, reply text) out of an info log', () => {
    const { log, lines } = capturedLog('info');
    const bolt = boltLogger(log);
    bolt.debug('body', { text: 'hemligt svar' });
    bolt.info('ok');
    expect(lines.map((l) => l.msg)).toEqual(['ok']);
  });

  it('reports our level to Bolt and ignores Bolt setting its own', () => {
    const levels = (level: string) => boltLogger(capturedLog(level).log).getLevel();
    expect(levels('trace')).toBe(LogLevel.DEBUG);
    expect(levels('debug')).toBe(LogLevel.DEBUG);
    expect(levels('info')).toBe(LogLevel.INFO);
    expect(levels('warn')).toBe(LogLevel.WARN);
    expect(levels('error')).toBe(LogLevel.ERROR);
    expect(levels('fatal')).toBe(LogLevel.ERROR);
    expect(levels('silent')).toBe(LogLevel.ERROR);
    const { log, lines } = capturedLog('warn');
    const bolt = boltLogger(log);
    bolt.setLevel(LogLevel.DEBUG);
    bolt.setName('bolt-app');
    bolt.info('not wanted');
    expect(bolt.getLevel()).toBe(LogLevel.WARN);
    expect(lines).toEqual([]);
  });
});
