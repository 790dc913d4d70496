import { useState, type FormEvent } from 'react';
import type { CombinedError } from 'urql';
import { mergeErrors } from './form-errors';

interface MutationState {
  fetching: boolean;
  error?: CombinedError | undefined;
}

/**
 * Submit flow shared by settings forms: client checks show only after the first submit (not while typing),
 * an invalid form is not sent, server issues appear next to their fields, and "Saved" follows a success.
 */
export function useSettingsForm(client: Record<string, string | undefined>, mutation: MutationState) {
  const [checked, setChecked] = useState(false);
  const [saved, setSaved] = useState(false);
  const errors = mergeErrors(checked ? client : {}, mutation.error);

  const submit =
    <Outcome extends { error?: CombinedError | undefined }>(
      save: () => Promise<Outcome>,
      onSaved?: (outcome: Outcome) => void,
    ) =>
    async (event: FormEvent) => {
      event.preventDefault();
      setChecked(true);
      setSaved(false);
      if (Object.values(client).some(Boolean)) return;
      const outcome = await save();
      if (outcome.error) return;
      setSaved(true);
      setChecked(false);
      onSaved?.(outcome);
    };

  return { errors, status: { fetching: mutation.fetching, error: mutation.error, saved }, submit };
}
