import { parse } from 'scim2-parse-filter';
import { ScimError } from './scim-error';

/**
 * The one filter shape directories send when they look a resource up: `<attribute> eq "<value>"`
 * (Entra ID: `userName eq "…"`, `externalId eq "…"`, `displayName eq "…"`; Okta the same).
 * A filter that does not parse is `invalidFilter`; one that parses but asks for something else
 * (another operator or attribute, `and`/`or`) is `invalidFilter` too, saying what is supported.
 */
export function parseEqualityFilter(
  filter: string | undefined,
  attributes: Record<string, string>,
  schemaUrn: string,
): { attribute: string; value: string } | null {
  if (filter === undefined || filter.trim() === '') return null;
  let parsed: { op?: string; attrPath?: string; compValue?: unknown };
  try {
    parsed = parse(filter);
  } catch {
    throw new ScimError(400, `The filter is not valid SCIM filter syntax: ${filter}`, 'invalidFilter');
  }
  const supported = Object.values(attributes).join(', ');
  const path = (parsed.attrPath ?? '').replace(new RegExp(`^${schemaUrn.replace(/[.]/g, '\\.')}:`, 'i'), '');
  const attribute = attributes[path.toLowerCase()];
  if (parsed.op !== 'eq' || !attribute || typeof parsed.compValue !== 'string') {
    throw new ScimError(
      400,
      `Only filters of the form <attribute> eq "<value>" on ${supported} are supported`,
      'invalidFilter',
    );
  }
  return { attribute, value: parsed.compValue };
}
