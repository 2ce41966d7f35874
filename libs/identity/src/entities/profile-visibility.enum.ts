import { registerEnumType } from '@nestjs/graphql';

export enum ProfileVisibility {
  PRIVATE = 'PRIVATE',
  HR_ONLY = 'HR_ONLY',
  ORGANISATION = 'ORGANISATION',
}

registerEnumType(ProfileVisibility, { name: 'ProfileVisibility' });
