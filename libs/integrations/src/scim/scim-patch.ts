import { ScimError as PatchLibraryError, scimPatch, ScimPatchOperation } from 'scim-patch';
import { ScimError } from './scim-error';
import { PATCH_SCHEMA } from './scim-schemas';

/** A PatchOp operation as clients send it (Entra ID capitalises `op`: "Replace"). */
export interface PatchOperation {
  op: 'add' | 'remove' | 'replace';
  path?: string;
  value?: unknown;
}

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The operations of a PatchOp request, or `invalidSyntax`. */
export function readPatchRequest(body: unknown): PatchOperation[] {
  if (!isObject(body) || !Array.isArray(body.schemas) || !body.schemas.includes(PATCH_SCHEMA)) {
    throw new ScimError(400, `A PATCH body is a PatchOp message (schemas: ["${PATCH_SCHEMA}"])`, 'invalidSyntax');
  }
  const operations = body.Operations ?? body.operations;
  if (!Array.isArray(operations) || !operations.length) {
    throw new ScimError(400, 'A PATCH body needs a non-empty Operations list', 'invalidSyntax');
  }
  return operations.map((raw: unknown) => {
    const op = isObject(raw) && typeof raw.op === 'string' ? raw.op.toLowerCase() : '';
    if (!isObject(raw) || !['add', 'remove', 'replace'].includes(op)) {
      throw new ScimError(400, 'Each operation has an op of add, remove or replace', 'invalidSyntax');
    }
    if (raw.path !== undefined && (typeof raw.path !== 'string' || !raw.path.trim())) {
      throw new ScimError(400, 'An operation’s path is a non-empty string', 'invalidPath');
    }
    if (op === 'remove' && raw.path === undefined) {
      throw new ScimError(400, 'A remove operation names a path', 'noTarget');
    }
    if (op !== 'remove' && raw.path === undefined && !isObject(raw.value)) {
      throw new ScimError(400, 'An operation without a path carries an object of attributes', 'invalidValue');
    }
    return { op: op as PatchOperation['op'], path: raw.path, value: raw.value };
  });
}

/**
 * Applies the operations to a copy of `doc` (with `scim-patch`). Every path, and every attribute of a
 * path-less value, is first put through `canonical`, which spells a known attribute the way the resource
 * does (SCIM names are case-insensitive) or answers null for an unknown one (`invalidPath`).
 */
export function applyPatch<T extends object>(
  doc: T,
  operations: PatchOperation[],
  canonical: (path: string) => string | null,
): T {
  const known = (path: string) => {
    const spelt = canonical(path);
    if (!spelt) throw new ScimError(400, `Unknown attribute: ${path}`, 'invalidPath');
    return spelt;
  };
  const ops = operations.map((operation) => {
    if (operation.path !== undefined) return { ...operation, path: known(operation.path) };
    const value = Object.fromEntries(
      Object.entries(operation.value as Record<string, unknown>).map(([key, v]) => [known(key), v]),
    );
    return { ...operation, value };
  });
  try {
    // One JSON round trip for both sides: the library compares values with a deep equality that also
    // compares constructors, so the document and the operations must come from the same realm.
    const plain = <V>(value: V): V => JSON.parse(JSON.stringify(value)) as V;
    return scimPatch(plain(doc) as never, plain(ops) as ScimPatchOperation[]);
  } catch (error) {
    if (!(error instanceof PatchLibraryError)) throw error;
    const code = (error as PatchLibraryError & { scimCode?: string }).scimCode;
    const kind = error.constructor.name;
    if (code === 'noTarget' || kind === 'FilterArrayTargetNotFound' || kind === 'FilterOnEmptyArray') {
      throw new ScimError(400, error.message, 'noTarget');
    }
    if (/path/i.test(error.message)) throw new ScimError(400, error.message, 'invalidPath');
    throw new ScimError(400, error.message, 'invalidValue');
  }
}
