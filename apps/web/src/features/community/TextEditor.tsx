import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { describeError, useSingleFlight } from '../../shared';

/**
 * Edits one text in place (a post, a reply, a topic's description): checked against the API's limit
 * before it is sent, the API's refusal shown at the field, and what was typed kept until it is saved.
 */
export function TextEditor({
  label,
  description,
  initial,
  max,
  tooLong,
  empty,
  saveLabel,
  field,
  minRows = 2,
  save,
  onDone,
}: {
  label: string;
  description?: string;
  initial: string;
  max: number;
  /** Said when the text is over `max`. */
  tooLong: string;
  /** Said when the text is empty; without it an empty text is saved (clearing it). */
  empty?: string;
  saveLabel: string;
  /** The input's field name in the API's validation messages. */
  field: string;
  minRows?: number;
  save: (text: string) => Promise<unknown>;
  onDone: () => void;
}) {
  const [text, setText] = useState(initial);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [busy, run] = useSingleFlight();
  const submit = () =>
    run(async () => {
      const value = text.trim();
      if (!value && empty) return setFieldError(empty);
      if (value.length > max) return setFieldError(tooLong);
      setFieldError(null);
      try {
        await save(value);
        onDone();
      } catch (e) {
        const d = describeError(e, [field]);
        setFieldError(d.fieldErrors[field] ?? d.message);
      }
    });
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack gap="xs">
        <Textarea
          label={label}
          description={description}
          autosize
          minRows={minRows}
          maxRows={12}
          value={text}
          error={fieldError}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <Group gap="xs">
          <Button type="submit" size="compact-md" loading={busy}>
            {saveLabel}
          </Button>
          <Button variant="default" size="compact-md" onClick={onDone} disabled={busy}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
