import { describeError, type ErrorDescription } from './errors';

interface FormWithErrors {
  setErrors(errors: Record<string, string>): void;
  getValues(): object;
}

/**
 * Puts an API error on a Mantine form: field messages next to their fields, and
 * returns the description for the message above the form. Nothing typed is lost.
 */
export function applyApiError(form: FormWithErrors, error: unknown): ErrorDescription {
  const described = describeError(error, Object.keys(form.getValues()));
  form.setErrors(described.fieldErrors);
  return described;
}
