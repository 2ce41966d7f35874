import { SetMetadata } from '@nestjs/common';
import { ALL_ROLES, Role } from './role.enum';

export const ACCESS_METADATA = 'crowdcomms:access';

/** Who may call an operation. Every resolver and controller method must declare one. */
export type AccessRule = { kind: 'public' } | { kind: 'roles'; roles: readonly Role[] };

/** Anyone, signed in or not (sign-up, log-in, health). */
export const Public = () => SetMetadata(ACCESS_METADATA, { kind: 'public' } satisfies AccessRule);

/** Signed-in members of the request's organisation holding at least one of `roles`. */
export const Roles = (...roles: Role[]) => SetMetadata(ACCESS_METADATA, { kind: 'roles', roles } satisfies AccessRule);

/** Any active member of the request's organisation. */
export const AnyMember = () => Roles(...ALL_ROLES);
