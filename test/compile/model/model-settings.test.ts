import { type ModelSettings, modelFor } from '../../../src/compile/model/model-settings';
import { exampleProgram } from '../../helpers/bot-context';

const settings: ModelSettings = { url: 'http://127.0.0.1:1/v1', model: 'm', callTimeoutMs: 20_000, totalTimeoutMs: 45_000 };

describe('modelFor', () => {
  it('is the configured model, unless none is, the caller turned it off, or the program keeps its data off it', () => {
    const program = exampleProgram();
    expect(modelFor(settings, program)).toBe(settings);
    expect(modelFor(settings, undefined)).toBe(settings);
    expect(modelFor(undefined, program)).toBeUndefined();
    expect(modelFor(settings, program, false)).toBeUndefined();
    const off = { ...program, program: { ...program.program, languageModel: false } };
    expect(modelFor(settings, off)).toBeUndefined();
  });
});
