import { unreachableMessage } from '../../../src/core/messages/unreachable-message';
import type { Network } from '../../../src/program/schema';
import { exampleProgram } from '../../helpers/bot-context';

const katrineholm = exampleProgram().networks[1] as Network;

describe('unreachableMessage', () => {
  it('names the network and how to link another channel, typed as on the coordinator\'s platform', () => {
    const m = unreachableMessage(katrineholm, 'sv', 'slack');
    expect(m.fallback).toContain('Frågorna kunde inte skickas till katrineholm');
    expect(m.fallback).toContain('/lnb koppla katrineholm');
    expect(m.blocks).toEqual([{ type: 'text', text: `Katrineholm: ${m.fallback}` }]);
    expect(m.actions).toEqual([]);
    expect(unreachableMessage(katrineholm, 'en', 'local').fallback).toContain('link another channel with link katrineholm');
  });
});
