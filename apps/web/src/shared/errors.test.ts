import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { describeError, describeWait } from './errors';

const apiError = (message: string, extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions }] });

describe('describeError', () => {
  it('says when to retry after too many attempts, from extensions.retryAfter', () => {
    const described = describeError(apiError('Too many attempts', { code: 'TOO_MANY_REQUESTS', retryAfter: 120 }));
    expect(described).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 120 });
    expect(described.message).toBe('Too many attempts. Please try again in 2 minutes.');
  });

  it('says "in a few minutes" when the API gives no retry time', () => {
    expect(describeError(apiError('Too many', { code: 'TOO_MANY_REQUESTS' })).message).toBe(
      'Too many attempts. Please try again in a few minutes.',
    );
  });

  it('asks to try again in a moment when a part of the service is briefly away', () => {
    const described = describeError(apiError('The service is briefly unavailable', { code: 'SERVICE_UNAVAILABLE' }));
    expect(described.code).toBe('SERVICE_UNAVAILABLE');
    expect(described.message).toMatch(/try again in a moment/);
  });

  it('puts validation messages next to their fields', () => {
    const error = apiError('email must be a valid e-mail address; password must be shorter than 200 characters', {
      code: 'BAD_USER_INPUT',
    });
    expect(describeError(error, ['email', 'password']).fieldErrors).toEqual({
      email: 'Email must be a valid e-mail address',
      password: 'Password must be shorter than 200 characters',
    });
  });

  it('uses extensions.field when the API names the field', () => {
    const error = apiError('Current password is incorrect', { code: 'BAD_USER_INPUT', field: 'currentPassword' });
    expect(describeError(error, ['currentPassword', 'newPassword']).fieldErrors).toEqual({
      currentPassword: 'Current password is incorrect',
    });
  });

  it('turns NOT_FOUND into the not-found wording, whatever the API said', () => {
    const described = describeError(apiError('Task not found', { code: 'NOT_FOUND' }));
    expect(described.code).toBe('NOT_FOUND');
    expect(described.message).toMatch(/could not find/);
  });

  it('keeps a conflict’s reason for the page to word', () => {
    const described = describeError(apiError('This task is full', { code: 'CONFLICT', reason: 'TASK_FULL' }));
    expect(described).toMatchObject({ code: 'CONFLICT', reason: 'TASK_FULL', message: 'This task is full' });
  });

  it('never shows a raw internal error', () => {
    const described = describeError(apiError('Internal server error', { code: 'INTERNAL_SERVER_ERROR' }));
    expect(described.message).toBe('Something went wrong on our side. Please try again.');
  });

  it('reports a lost connection as such, keeping what was typed', () => {
    expect(describeError(new TypeError('Failed to fetch')).code).toBe('NETWORK');
  });
});

describe('describeWait', () => {
  it('words waits in seconds, minutes and hours', () => {
    expect(describeWait(1)).toBe('in 1 second');
    expect(describeWait(30)).toBe('in 30 seconds');
    expect(describeWait(61)).toBe('in 2 minutes');
    expect(describeWait(3600)).toBe('in about an hour');
    expect(describeWait(3 * 3600)).toBe('in about 3 hours');
  });
});
