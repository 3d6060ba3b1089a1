import type { Via } from '../audit/tables.ts';
import type { Role } from '../features/accounts/tables.ts';

/** Who is acting. Every service method takes it first, so every audit event knows its author. */
export type Actor = UserActor | AnonymousActor | SystemActor;

export interface UserActor {
  kind: 'user';
  userId: string;
  email: string;
  role: Role;
  via: Via;
  /** Set when the request came with an API token: the token may do no more than these. */
  scopes?: readonly string[];
}

export interface AnonymousActor {
  kind: 'anonymous';
  via: Via;
}

/** The operator at the command line, or a scheduled job. */
export interface SystemActor {
  kind: 'system';
  via: Via;
  label: string;
}

export const anonymous = (via: Via = 'web'): AnonymousActor => ({ kind: 'anonymous', via });
export const cliActor: SystemActor = { kind: 'system', via: 'cli', label: 'command line' };
export const jobActor = (job: string): SystemActor => ({ kind: 'system', via: 'job', label: `job ${job}` });

export function actorLabel(actor: Actor): string {
  switch (actor.kind) {
    case 'user':
      return actor.email;
    case 'anonymous':
      return 'anonymous';
    case 'system':
      return actor.label;
  }
}

export const isStaff = (actor: Actor): boolean =>
  actor.kind === 'system' || (actor.kind === 'user' && (actor.role === 'team' || actor.role === 'admin'));
