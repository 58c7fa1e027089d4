import type { Compilation } from '../compile/types';
import type { Program } from '../program/schema';
import type { Store } from '../store/open-store';
import { activeEdits, type EditEntry, versionOf } from './edit';
import { type Shaped, shapeCompilation } from './shape-compilation';
import { workbenchReplies } from './workbench-replies';
import { createWorkbenchRepository, type WorkbenchBase, type WorkbenchScope } from './workbench-repository';

export interface WorkbenchState {
  shaped: Shaped;
  log: EditEntry[];
  version: number;
}

/** The draft `base` with the scope's edit log applied, over the replies as they are in the store now. */
export async function shapeStored(store: Store, program: Program, scope: WorkbenchScope, base: WorkbenchBase): Promise<WorkbenchState> {
  const repo = createWorkbenchRepository(store.workbench, store.leases);
  const [log, replies] = await Promise.all([repo.log(scope), workbenchReplies(store, scope, base.compilation.locale)]);
  return { shaped: shapeCompilation(base.compilation, replies, activeEdits(log), program), log, version: versionOf(log) };
}

/**
 * The compilation as the coordinator shaped it on the workbench, or
 * undefined when nobody has opened the workbench for this scope (then the
 * machine's draft is all there is). For `lnb compile` and the like.
 */
export async function editedCompilation(store: Store, program: Program, scope: WorkbenchScope): Promise<Compilation | undefined> {
  const base = await createWorkbenchRepository(store.workbench, store.leases).getBase(scope);
  return base ? (await shapeStored(store, program, scope, base)).shaped.compilation : undefined;
}
