import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it, vi } from 'vitest';
import { applyApiError } from './forms';

const form = (values: object) => ({ setErrors: vi.fn(), getValues: () => values });
const badInput = (message: string, extensions: Record<string, unknown> = {}) =>
  new CombinedGraphQLErrors({
    data: null,
    errors: [{ message, extensions: { code: 'BAD_USER_INPUT', ...extensions } }],
  });

describe('applyApiError', () => {
  it('puts a field’s message on the field only', () => {
    const f = form({ currentPassword: '', newPassword: '' });
    const result = applyApiError(f, badInput('Current password is incorrect', { field: 'currentPassword' }));
    expect(f.setErrors).toHaveBeenCalledWith({ currentPassword: 'Current password is incorrect' });
    expect(result.formMessage).toBeNull();
  });

  it('keeps a message about no field of this form above the form', () => {
    const f = form({ password: '' });
    const result = applyApiError(f, badInput('This invitation has expired', { field: 'token' }));
    expect(result.formMessage).toBe('This invitation has expired');
    expect(result.fieldErrors).toEqual({ token: 'This invitation has expired' });
  });

  it('keeps every other error above the form', () => {
    const f = form({ email: '' });
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'Too many attempts', extensions: { code: 'TOO_MANY_REQUESTS', retryAfter: 30 } }],
    });
    expect(applyApiError(f, error).formMessage).toBe('Too many attempts. Please try again in 30 seconds.');
    expect(f.setErrors).toHaveBeenCalledWith({});
  });
});
