import { ScimGroupMember } from './scim-group-member.entity';
import { ScimGroup } from './scim-group.entity';
import { ScimToken } from './scim-token.entity';
import { ScimUser } from './scim-user.entity';

/** The tables of directory provisioning, for the schema. */
export const SCIM_ENTITIES = [ScimToken, ScimUser, ScimGroup, ScimGroupMember];
export { ScimGroup, ScimGroupMember, ScimToken, ScimUser };
