import { Alert } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../errors';

interface ServerUserError {
  field?: string | null;
  message: string;
}

interface FormWithErrors {
  setErrors(errors: Record<string, string>): void;
}

/** The server's userErrors split into the ones next to a field and the ones about the whole form. */
function splitUserErrors(errors: readonly ServerUserError[]): {
  fields: Record<string, string>;
  form: string[];
} {
  const fields: Record<string, string> = {};
  const form: string[] = [];
  for (const error of errors) {
    if (error.field) fields[error.field] = error.message;
    else form.push(error.message);
  }
  return { fields, form };
}

/**
 * Sends a mutation for a form: its userErrors go next to their fields or above the form, a failed request
 * becomes a sentence above the form. Resolves to the payload when it has no userErrors, else to null.
 */
export function useUserErrorForm(form: FormWithErrors) {
  const { t } = useTranslation();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const send = async <P extends { userErrors: readonly ServerUserError[] }>(mutate: () => Promise<P | undefined>) => {
    setFormErrors([]);
    try {
      const payload = await mutate();
      const { fields, form: whole } = splitUserErrors(payload?.userErrors ?? []);
      form.setErrors(fields);
      setFormErrors(whole);
      return payload && payload.userErrors.length === 0 ? payload : null;
    } catch (error) {
      setFormErrors([describeError(error, t)]);
      return null;
    }
  };
  return { formErrors, send };
}

export function FormAlerts({ messages }: { messages: string[] }) {
  return messages.map((message) => (
    <Alert key={message} color="red" role="alert">
      {message}
    </Alert>
  ));
}
