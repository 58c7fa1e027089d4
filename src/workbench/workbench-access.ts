import { accessOf, type Person } from '../core/person';
import type { Program } from '../program/schema';
import type { WorkbenchScope } from './workbench-repository';

export type WorkbenchRole = 'coordinator' | 'leader';

/**
 * Whether `person` may shape `scope` in the program as it is now: a
 * coordinator any part of it, a leader their own network's, nobody else
 * (a participant's link cannot be made). Undefined: no access.
 */
export function workbenchRole(program: Program, person: Person, scope: WorkbenchScope): WorkbenchRole | undefined {
  if (scope.program !== program.program.id) return undefined;
  if (!program.rounds.some((r) => r.number === scope.round)) return undefined;
  if (scope.network !== undefined && !program.networks.some((n) => n.id === scope.network)) return undefined;
  const access = accessOf(program, person);
  if (access.coordinator) return 'coordinator';
  if (scope.network !== undefined && access.leads.includes(scope.network)) return 'leader';
  return undefined;
}

/** Only a coordinator's whole-round page can send the compilation to the networks. */
export const mayPublish = (role: WorkbenchRole | undefined, scope: WorkbenchScope) => role === 'coordinator' && scope.network === undefined;
