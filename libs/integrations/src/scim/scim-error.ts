import { ERROR_SCHEMA } from './scim-schemas';

/** The `scimType`s of RFC 7644 §3.12 this service answers with. */
export type ScimType =
  | 'invalidFilter'
  | 'invalidSyntax'
  | 'invalidValue'
  | 'invalidPath'
  | 'noTarget'
  | 'uniqueness'
  | 'mutability'
  | 'tooMany';

/** A SCIM error answer: its HTTP status, its scimType where the RFC names one, and a sentence for people. */
export class ScimError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly scimType?: ScimType,
  ) {
    super(message);
  }

  body() {
    return scimErrorBody(this.status, this.message, this.scimType);
  }
}

export function scimErrorBody(status: number, detail: string, scimType?: string) {
  return { schemas: [ERROR_SCHEMA], status: String(status), ...(scimType ? { scimType } : {}), detail };
}

export const invalidValue = (message: string) => new ScimError(400, message, 'invalidValue');
export const notFound = (what: 'User' | 'Group') => new ScimError(404, `${what} not found`);
