import { registerEnumType } from '@nestjs/graphql';

export enum Role {
  ADMIN = 'ADMIN',
  COMMS = 'COMMS',
  HR = 'HR',
  MEMBER = 'MEMBER',
}

export const ALL_ROLES: readonly Role[] = Object.values(Role);

registerEnumType(Role, {
  name: 'Role',
  description: 'What a person may do in an organisation; one person can hold several.',
});
