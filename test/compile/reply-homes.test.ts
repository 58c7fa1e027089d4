import { replyHomes } from '../../src/compile/reply-homes';

const piece = (id: string, text: string) => ({ reply: { id }, text });

describe('replyHomes', () => {
  it('files a reply under the theme most of its text went to', () => {
    const pieces = [piece('m', 'kort del'), piece('m', 'en mycket längre del om avlösning'), piece('a', 'ett svar')];
    expect(replyHomes(pieces, (i) => [2, 5, 1][i] as number)).toEqual(
      new Map([
        ['m', 5],
        ['a', 1],
      ]),
    );
  });

  it('takes the earlier theme on a tie, whatever order the parts came in', () => {
    const pieces = [piece('m', 'lika'), piece('m', 'lika')];
    expect(replyHomes(pieces, (i) => [4, 2][i] as number).get('m')).toBe(2);
    expect(replyHomes(pieces, (i) => [2, 4][i] as number).get('m')).toBe(2);
  });

  it('is empty for no pieces', () => {
    expect(replyHomes([], () => 0).size).toBe(0);
  });
});
