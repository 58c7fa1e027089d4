import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { webChatLine } from '../../src/app/web-chat-line';
import { parseProgram } from '../../src/program/load-program';

const example = (file: string) => {
  const path = join(__dirname, '../../examples', file);
  return parseProgram(readFileSync(path, 'utf8'), path);
};

describe('the line npm start prints for the local trial', () => {
  it("speaks the program's language unless LNB_LANG says otherwise", () => {
    expect(webChatLine({}, example('program.en.yaml'), 'http://127.0.0.1:3000/')).toBe('Open http://127.0.0.1:3000/ in a browser to try the bot');
    expect(webChatLine({}, example('program.sv.yaml'), 'http://127.0.0.1:3000/')).toMatch(/^Öppna http/);
    expect(webChatLine({ LNB_LANG: 'sv' }, example('program.en.yaml'), 'http://x/')).toMatch(/^Öppna/);
  });
});
