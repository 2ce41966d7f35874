import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** What went wrong, in words for the person using the app. */
export interface ErrorDescription {
  code:
    | 'BAD_USER_INPUT'
    | 'UNAUTHENTICATED'
    | 'FORBIDDEN'
    | 'NOT_FOUND'
    | 'CONFLICT'
    | 'TOO_MANY_REQUESTS'
    | 'SERVICE_UNAVAILABLE'
    | 'NETWORK'
    | 'UNKNOWN';
  /** One sentence to show. */
  message: string;
  /** Messages for form fields, by field name (BAD_USER_INPUT). */
  fieldErrors: Record<string, string>;
  /** Seconds until trying again makes sense (TOO_MANY_REQUESTS). */
  retryAfterSeconds?: number;
  /** The API's `extensions.reason` (e.g. TASK_FULL), for a page that words it better. */
  reason?: string;
}

interface GraphQLErrorLike {
  message: string;
  extensions?: Record<string, unknown>;
}

function firstGraphQLError(error: unknown): GraphQLErrorLike | undefined {
  if (CombinedGraphQLErrors.is(error)) return error.errors[0];
  const errors = (error as { errors?: unknown })?.errors;
  if (Array.isArray(errors) && errors.length > 0) return errors[0] as GraphQLErrorLike;
  return undefined;
}

/** "in 2 minutes", "in 30 seconds", "in about an hour". */
export function describeWait(seconds: number): string {
  if (seconds <= 60) {
    const s = Math.max(1, Math.ceil(seconds));
    return `in ${s} second${s === 1 ? '' : 's'}`;
  }
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return `in ${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.round(minutes / 60);
  return hours === 1 ? 'in about an hour' : `in about ${hours} hours`;
}

/**
 * Splits a BAD_USER_INPUT message into field messages. The API names the field in
 * `extensions.field`, or (validation of an input) starts each `;`-separated
 * message with the field's name ("email must be a valid e-mail address").
 */
function fieldErrorsOf(error: GraphQLErrorLike, fields: readonly string[]): Record<string, string> {
  const result: Record<string, string> = {};
  const field = error.extensions?.field;
  if (typeof field === 'string') {
    result[field] = error.message;
    return result;
  }
  for (const part of error.message.split(';').map((p) => p.trim())) {
    const name = fields.find((f) => part === f || part.startsWith(`${f} `));
    if (name && !result[name]) result[name] = sentence(part);
  }
  return result;
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}

/**
 * The one translation from an API error to plain words. `fields` are the form's
 * field names, so validation messages land next to the right field.
 */
export function describeError(error: unknown, fields: readonly string[] = []): ErrorDescription {
  const gqlError = firstGraphQLError(error);
  if (!gqlError) {
    if (ServerError.is(error) && error.statusCode >= 500) {
      return { code: 'UNKNOWN', message: 'Something went wrong on our side. Please try again.', fieldErrors: {} };
    }
    return {
      code: 'NETWORK',
      message: 'We could not reach Crowdcomms. Check your connection and try again; nothing you typed is lost.',
      fieldErrors: {},
    };
  }
  const code = gqlError.extensions?.code;
  const reason = typeof gqlError.extensions?.reason === 'string' ? gqlError.extensions.reason : undefined;
  switch (code) {
    case 'BAD_USER_INPUT': {
      const fieldErrors = fieldErrorsOf(gqlError, fields);
      return { code, message: sentence(gqlError.message), fieldErrors, reason };
    }
    case 'NOT_FOUND':
      return {
        code,
        message: 'We could not find that. It may have been removed, or the link may be wrong.',
        fieldErrors: {},
        reason,
      };
    case 'TOO_MANY_REQUESTS': {
      const retryAfter = Number(gqlError.extensions?.retryAfter);
      const retryAfterSeconds = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined;
      const when = retryAfterSeconds ? describeWait(retryAfterSeconds) : 'in a few minutes';
      return {
        code,
        message: `Too many attempts. Please try again ${when}.`,
        fieldErrors: {},
        retryAfterSeconds,
        reason,
      };
    }
    case 'SERVICE_UNAVAILABLE':
      return {
        code,
        message: 'Crowdcomms is briefly unavailable. Please try again in a moment; nothing you typed is lost.',
        fieldErrors: {},
      };
    case 'UNAUTHENTICATED':
      return { code, message: sentence(gqlError.message), fieldErrors: {}, reason };
    case 'FORBIDDEN':
      return { code, message: 'You do not have permission to do this.', fieldErrors: {}, reason };
    case 'CONFLICT':
      return { code, message: sentence(gqlError.message), fieldErrors: {}, reason };
    default:
      return { code: 'UNKNOWN', message: 'Something went wrong on our side. Please try again.', fieldErrors: {} };
  }
}
