import { diffProgram } from '../../src/program/diff-program';
import { parseProgram } from '../../src/program/load-program';
import { MINIMAL_PROGRAM } from '../helpers/program-yaml';

const before = parseProgram(MINIMAL_PROGRAM, 'test.yaml');
const edited = (from: string, to: string) => parseProgram(MINIMAL_PROGRAM.replace(from, to), 'test.yaml');

describe('diffProgram', () => {
  it('finds nothing changed in the same program', () => {
    expect(diffProgram(before, parseProgram(MINIMAL_PROGRAM, 'test.yaml'))).toEqual({
      rounds: 1,
      networks: 2,
      roundsAdded: [],
      roundsRemoved: [],
      roundsChanged: [],
      networksAdded: [],
      networksRemoved: [],
      networksChanged: [],
      settingsChanged: false,
    });
  });

  it('names a changed round by number and a changed network by id', () => {
    expect(diffProgram(before, edited('meeting: 2026-10-26T13:00', 'meeting: 2026-10-27T13:00')).roundsChanged).toEqual([1]);
    expect(diffProgram(before, edited('channel: C0ESK', 'channel: C0NEW')).networksChanged).toEqual(['eskilstuna']);
  });

  it('names added and removed rounds and networks', () => {
    const after = edited(
      '  - id: katrineholm\n    name: Katrineholm',
      '  - id: nykoping\n    name: Nyköping',
    );
    expect(diffProgram(before, after)).toMatchObject({ networksAdded: ['nykoping'], networksRemoved: ['katrineholm'] });
    const more = parseProgram(
      `${MINIMAL_PROGRAM}  - number: 2\n    title: Träff 2\n    meeting: 2026-11-23T13:00\n    questions:\n      - id: q1\n        text: Vad hände?\n`,
      'test.yaml',
    );
    expect(diffProgram(before, more)).toMatchObject({ rounds: 2, roundsAdded: [2], roundsRemoved: [] });
    expect(diffProgram(more, before)).toMatchObject({ rounds: 1, roundsRemoved: [2] });
  });

  it('notices a change of settings such as the title, and carries no text of it', () => {
    const changes = diffProgram(before, edited('title: Testprogram', 'title: Nytt namn'));
    expect(changes.settingsChanged).toBe(true);
    expect(JSON.stringify(changes)).not.toContain('Nytt namn');
  });
});
