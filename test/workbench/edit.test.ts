import { activeEdits, type EditEntry, editSchema, lastUndoable, versionOf } from '../../src/workbench/edit';

const entry = (seq: number, by: string, extra: Partial<EditEntry>): EditEntry => ({ seq, by, at: '2026-11-23T10:00:00Z', ...extra });
const rename = (label: string) => ({ kind: 'rename' as const, question: 'q1', theme: 't1', label });

describe('the edit log', () => {
  const log: EditEntry[] = [
    entry(1, 'slack:A', { edit: rename('Ett') }),
    entry(2, 'slack:B', { edit: rename('Två') }),
    entry(3, 'slack:A', { edit: rename('Tre') }),
    entry(4, 'slack:A', { undo: 3 }),
  ];

  it('keeps the edits in order without those undone', () => {
    expect(activeEdits(log)).toEqual([rename('Ett'), rename('Två')]);
    expect(versionOf(log)).toBe(4);
  });

  it('undoes a person’s own latest edit still in force, not another person’s', () => {
    expect(lastUndoable(log, 'slack:A')?.seq).toBe(1);
    expect(lastUndoable(log, 'slack:B')?.seq).toBe(2);
    expect(lastUndoable(log, 'slack:C')).toBeUndefined();
  });

  it('refuses edits of unknown kinds, extra fields or more than three quotes', () => {
    expect(editSchema.safeParse(rename('Ny')).success).toBe(true);
    expect(editSchema.safeParse({ kind: 'delete', question: 'q1' }).success).toBe(false);
    expect(editSchema.safeParse({ ...rename('Ny'), text: 'x' }).success).toBe(false);
    expect(editSchema.safeParse({ kind: 'quotes', question: 'q1', theme: 't1', replies: ['a', 'b', 'c', 'd'] }).success).toBe(false);
  });
});
