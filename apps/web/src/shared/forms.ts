import { describeError, type ErrorDescription } from './errors';

interface FormWithErrors {
  setErrors(errors: Record<string, string>): void;
  getValues(): object;
  /** Mantine's: the input rendered for a field (to move the focus there). */
  getInputNode?(path: string): HTMLElement | null;
}

const afterRender = (fn: () => void) =>
  typeof requestAnimationFrame === 'function' ? requestAnimationFrame(fn) : undefined;

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
  // The first field the API refused gets the focus, as after the form's own validation.
  const first = fields.find((name) => onFields.includes(name));
  if (first && form.getInputNode) afterRender(() => form.getInputNode?.(first)?.focus());
  return { ...described, formMessage: onFields.length > 0 ? null : described.message };
}

/**
 * After a submit that left fields invalid (the form's own validation, run like the
 * server's), the focus moves to the first of them, so keyboard and screen-reader
 * users land on what to fix. Installed once for the whole app.
 */
export function focusFirstInvalidOnSubmit(doc: Document): () => void {
  const onSubmit = (event: Event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    afterRender(() => {
      const invalid = form.querySelector<HTMLElement>('[aria-invalid="true"]');
      if (invalid && invalid !== doc.activeElement) invalid.focus();
    });
  };
  doc.addEventListener('submit', onSubmit);
  return () => doc.removeEventListener('submit', onSubmit);
}
