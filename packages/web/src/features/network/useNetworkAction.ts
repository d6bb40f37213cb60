import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../errors';

export type Payload = { userErrors: readonly { message: string }[] } | undefined;

/** Runs one network action; its userErrors or failure become messages to show beside it. */
export function useNetworkAction() {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<string[]>([]);
  const run = async (mutate: () => Promise<Payload>) => {
    setErrors([]);
    try {
      setErrors(((await mutate())?.userErrors ?? []).map((e) => e.message));
    } catch (error) {
      setErrors([describeError(error, t)]);
    }
  };
  return { errors, run };
}
