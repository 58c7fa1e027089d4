import { compileRound } from '../../src/compile/compile-round';
import type { OutgoingMessage } from '../../src/core/outgoing-message';
import type { ChannelTarget, CompilationDelivery } from '../../src/core/port';
import { type LocalDelivery, LocalPort } from '../../src/local/local-port';
import { capturedLog } from '../helpers/captured-log';

const target = (channel: string): ChannelTarget => ({ platform: 'local', program: 'p', network: 'n', channel });
const message = (text: string): OutgoingMessage => ({ fallback: text, blocks: [{ type: 'text', text }], actions: [] });

describe('LocalPort', () => {
  it('keeps posts and direct messages in order, numbered, and gives each its own receipt', async () => {
    const port = new LocalPort();
    expect(port.platform).toBe('local');
    const a = await port.post(target('eskilstuna'), message('Träff 1 🌱'), 'p/1/n/post/0');
    const b = await port.sendDirect('U1', message('<b>Påminnelse</b>'), 'p/1/n/nudge/U1');
    const c = await port.post(target('katrineholm'), message(''), 'p/1/k/post/0');
    expect([a, b, c]).toEqual([{ id: 'local-1' }, { id: 'local-2' }, { id: 'local-3' }]);
    expect(port.sent().map((d) => [d.seq, d.to, d.key, d.message.fallback])).toEqual([
      [1, 'channel:eskilstuna', 'p/1/n/post/0', 'Träff 1 🌱'],
      [2, 'user:U1', 'p/1/n/nudge/U1', '<b>Påminnelse</b>'],
      [3, 'channel:katrineholm', 'p/1/k/post/0', ''],
    ]);
    expect(port.sent('user:U1').map((d) => d.seq)).toEqual([2]);
    expect(port.sent('channel:eskilstuna').map((d) => d.seq)).toEqual([1]);
    expect(port.sent('channel:nowhere')).toEqual([]);
  });

  it('finds a sent key again where it went, and only there', async () => {
    const port = new LocalPort();
    await port.post(target('C1'), message('x'), 'k1');
    await port.sendDirect('U1', message('y'), 'k2');
    expect(await port.findPosted(target('C1'), 'k1')).toEqual({ id: 'local-1' });
    expect(await port.findPosted(target('C2'), 'k1')).toBeUndefined();
    expect(await port.findPosted(target('C1'), 'k2')).toBeUndefined();
    expect(await port.findDirect('U1', 'k2')).toEqual({ id: 'local-2' });
    expect(await port.findDirect('U2', 'k2')).toBeUndefined();
    // A channel and a person of the same id are kept apart.
    expect(await port.findDirect('C1', 'k1')).toBeUndefined();
    // A re-sent key is found as the first one sent.
    await port.post(target('C1'), message('x again'), 'k1');
    expect(await port.findPosted(target('C1'), 'k1')).toEqual({ id: 'local-1' });
  });

  it('hands a compilation to the person with its delivery kept', async () => {
    const port = new LocalPort();
    await port.post(target('C1'), message('x'), 'k1');
    const delivery: CompilationDelivery = {
      compilation: compileRound({ replies: [], locale: 'sv', now: '2026-11-23T10:00:00Z' }),
      message: message('Sammanställning'),
      fileName: 'sammanstallning.docx',
      locale: 'sv',
    };
    await port.deliverCompilation({ platform: 'local', userId: 'coord' }, delivery);
    const [sent] = port.sent('user:coord');
    expect(sent?.message.fallback).toBe('Sammanställning');
    expect(sent?.compilation).toBe(delivery);
    expect(sent?.key).toBe('summary/2');
    // Each compilation has a key of its own, so a second one is not taken for the first.
    await port.deliverCompilation({ platform: 'local', userId: 'coord' }, delivery);
    expect(port.sent('user:coord').map((d) => d.key)).toEqual(['summary/2', 'summary/3']);
  });

  it('tells each listener of every delivery until it unsubscribes, and logs the address, never the text', async () => {
    const { log, lines } = capturedLog('info');
    const port = new LocalPort(log);
    const seen: LocalDelivery[] = [];
    const unsubscribe = port.onDelivery((d) => seen.push(d));
    await port.sendDirect('U1', message('hemligt svar'), 'k1');
    unsubscribe();
    await port.sendDirect('U1', message('later'), 'k2');
    expect(seen.map((d) => d.key)).toEqual(['k1']);
    expect(lines.map((l) => [l.msg, l.to, l.key])).toEqual([
      ['local message', 'user:U1', 'k1'],
      ['local message', 'user:U1', 'k2'],
    ]);
    expect(JSON.stringify(lines)).not.toContain('hemligt');
  });

  it('gives a copy of what was sent, so a caller cannot change the record', async () => {
    const port = new LocalPort();
    await port.post(target('C1'), message('x'), 'k1');
    port.sent().pop();
    expect(port.sent()).toHaveLength(1);
  });
});
