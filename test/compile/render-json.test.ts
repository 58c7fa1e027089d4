import { compileRound } from '../../src/compile/compile-round';
import { renderJson } from '../../src/compile/render-json';
import { program, topicReplies } from './fixtures';

describe('renderJson', () => {
  const draft = compileRound({ replies: topicReplies(), program: program(), round: 1, locale: 'sv' });

  it('says whether it is the machine draft, and its stage', () => {
    expect(JSON.parse(renderJson(draft))).toMatchObject({ draft: true, stage: 'draft' });
    expect(JSON.parse(renderJson({ ...draft, stage: 'edited' }))).toMatchObject({ draft: false, stage: 'edited' });
    expect(JSON.parse(renderJson({ ...draft, stage: 'published' }))).toMatchObject({ draft: false, stage: 'published' });
  });
});
