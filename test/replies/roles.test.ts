import en from '../../locales/en.json';
import sv from '../../locales/sv.json';
import { ROLES } from '../../src/replies/roles';

describe('ROLES', () => {
  it('are distinct ids, each with a label in Swedish and English', () => {
    expect(new Set(ROLES).size).toBe(ROLES.length);
    for (const catalog of [sv, en] as { role: Record<string, string> }[]) {
      for (const role of ROLES) expect(catalog.role[role]?.trim()).toBeTruthy();
      // No label for a role that no longer exists.
      expect(Object.keys(catalog.role).sort()).toEqual([...ROLES].sort());
    }
  });
});
