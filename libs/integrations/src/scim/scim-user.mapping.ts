import { DirectoryMember, MembershipStatus } from '@crowdcomms/identity';
import { invalidValue, ScimError } from './scim-error';
import { isObject } from './scim-patch';
import {
  ENTERPRISE_ATTRIBUTES,
  ENTERPRISE_SCHEMA,
  NAME_ATTRIBUTES,
  USER_ATTRIBUTES,
  USER_SCHEMA,
} from './scim-schemas';

/** A User as the directory asks for it: what this service keeps of the resource. */
export interface UserState {
  userName: string;
  displayName: string;
  active: boolean;
  externalId: string | null;
  department: string | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const spell = (names: readonly string[], name: string) => names.find((n) => n.toLowerCase() === name.toLowerCase());

/** The attribute path spelt as the User resource does, or null when the schemas have no such attribute. */
export function canonicalUserPath(path: string): string | null {
  const lower = path.toLowerCase();
  if (lower === ENTERPRISE_SCHEMA.toLowerCase()) return ENTERPRISE_SCHEMA;
  if (lower.startsWith(`${ENTERPRISE_SCHEMA.toLowerCase()}:`)) {
    const rest = path.slice(ENTERPRISE_SCHEMA.length + 1);
    const [, root, tail] = /^([A-Za-z][\w-]*)(.*)$/s.exec(rest) ?? [];
    const attribute = root && spell(ENTERPRISE_ATTRIBUTES, root);
    return attribute ? `${ENTERPRISE_SCHEMA}:${attribute}${tail}` : null;
  }
  const rest = lower.startsWith(`${USER_SCHEMA.toLowerCase()}:`) ? path.slice(USER_SCHEMA.length + 1) : path;
  const [, root, tail] = /^([A-Za-z$][\w$-]*)(.*)$/s.exec(rest) ?? [];
  const attribute = root && spell(USER_ATTRIBUTES, root);
  if (!attribute) return null;
  if (attribute === 'name' && tail.startsWith('.')) {
    const sub = spell(NAME_ATTRIBUTES, tail.slice(1));
    return sub ? `name.${sub}` : null;
  }
  return `${attribute}${tail}`;
}

/** The SCIM User of a member. */
export function userResource(member: DirectoryMember, externalId: string | null, baseUrl: string, updatedAt?: Date) {
  const [givenName, ...family] = member.displayName.split(' ');
  return {
    schemas: [USER_SCHEMA, ENTERPRISE_SCHEMA],
    id: member.id,
    ...(externalId ? { externalId } : {}),
    userName: member.email,
    name: { formatted: member.displayName, givenName, familyName: family.join(' ') },
    displayName: member.displayName,
    active: member.status === MembershipStatus.ACTIVE,
    emails: [{ value: member.email, type: 'work', primary: true }],
    [ENTERPRISE_SCHEMA]: member.department ? { department: member.department } : {},
    meta: {
      resourceType: 'User',
      created: new Date(member.createdAt).toISOString(),
      lastModified: new Date(updatedAt ?? member.createdAt).toISOString(),
      location: `${baseUrl}/Users/${member.id}`,
    },
  };
}

/** Refuses a body that is not a User resource, or names attributes outside its schemas (`invalidValue`). */
export function assertUserBody(body: unknown): asserts body is Record<string, unknown> {
  if (!isObject(body)) throw new ScimError(400, 'The body is a JSON object: a User resource', 'invalidSyntax');
  if (!Array.isArray(body.schemas) || !body.schemas.includes(USER_SCHEMA)) {
    throw new ScimError(400, `A User names its schema (schemas: ["${USER_SCHEMA}"])`, 'invalidSyntax');
  }
  for (const key of Object.keys(body)) {
    if (!canonicalUserPath(key)) throw invalidValue(`Unknown attribute: ${key}`);
  }
  if (isObject(body.name)) {
    for (const key of Object.keys(body.name)) {
      if (!spell(NAME_ATTRIBUTES, key)) throw invalidValue(`Unknown attribute: name.${key}`);
    }
  }
}

const text = (value: unknown, attribute: string, max: number): string | null => {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw invalidValue(`${attribute} must be a string`);
  const trimmed = value.trim();
  if (trimmed.length > max) throw invalidValue(`${attribute} can be at most ${max} characters`);
  return trimmed || null;
};

/** `active` as a boolean; Entra ID sends "True"/"False" as strings in PATCH. */
function activeOf(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
  throw invalidValue('active must be true or false');
}

/** Reads a User resource (a request body, or a resource after a PATCH). `nameFrom` says which name attribute wins. */
export function readUser(doc: Record<string, unknown>, nameFrom: 'displayName' | 'name' = 'displayName'): UserState {
  const ci = (key: string) => Object.entries(doc).find(([k]) => k.toLowerCase() === key.toLowerCase())?.[1];
  const userName = text(ci('userName'), 'userName', 254);
  if (!userName) throw invalidValue('userName (the member’s e-mail) is required');
  if (!EMAIL.test(userName)) throw invalidValue('userName must be an e-mail address');
  const name = isObject(ci('name')) ? (ci('name') as Record<string, unknown>) : {};
  const given = text(name.givenName, 'name.givenName', 60);
  const family = text(name.familyName, 'name.familyName', 60);
  const parts = [given, family].filter(Boolean).join(' ') || null;
  const formatted = text(name.formatted, 'name.formatted', 120);
  const display = text(ci('displayName'), 'displayName', 120);
  const displayName =
    (nameFrom === 'name' ? (parts ?? formatted ?? display) : (display ?? formatted ?? parts)) ?? userName.split('@')[0];
  const enterprise = ci(ENTERPRISE_SCHEMA);
  const department = isObject(enterprise) ? text(enterprise.department, 'department', 120) : null;
  return {
    userName: userName.toLowerCase(),
    displayName: displayName.slice(0, 120),
    active: activeOf(ci('active')),
    externalId: text(ci('externalId'), 'externalId', 255),
    department,
  };
}
