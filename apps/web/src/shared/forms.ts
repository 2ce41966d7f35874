import { describeError, type ErrorDescription } from './errors';

interface FormWithErrors {
  setErrors(errors: Record<string, string>): void;
  getValues(): object;
}

/**
 * Puts an API error on a Mantine form: field messages next to their fields.
 * Returns the description, with `formMessage` for above the form — null when
 * the fields already say it all. Nothing typed is lost.
 */
export function applyApiError(form: FormWithErrors, error: unknown): ErrorDescription & { formMessage: string | null } {
  const fields = Object.keys(form.getValues());
  const described = describeError(error, fields);
  const onFields = Object.keys(described.fieldErrors).filter((name) => fields.includes(name));
  form.setErrors(described.fieldErrors);
  return { ...described, formMessage: onFields.length > 0 ? null : described.message };
}
