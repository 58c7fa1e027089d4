import { z } from 'zod';
import { describeZodIssue } from '../../src/validation/describe-issues';

describe('describeZodIssue', () => {
  it('says a field left out is missing, in the reader’s language (not "nothing is not valid")', () => {
    // As lnb compile --input reads a line: an id may be text or a number, and the line has none.
    const line = z.object({ id: z.union([z.string().min(1), z.number()]).transform(String) });
    const parsed = line.safeParse({ text: 'hej' });
    if (parsed.success) throw new Error('parsed');
    const [issue] = parsed.error.issues;
    if (!issue) throw new Error('no issue');
    expect(describeZodIssue(issue, 'sv')).toBe('saknas; skriv ett värde här');
    expect(describeZodIssue(issue, 'en')).toBe('is missing; write a value here');
  });
});
