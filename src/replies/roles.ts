/** The roles people hold in a mixed learning network; labels live in locales/ under `role.*`. */
export const ROLES = ['anhorig', 'politiker', 'chef', 'personal', 'handlaggare', 'ideell', 'annan'] as const;
export type Role = (typeof ROLES)[number];
