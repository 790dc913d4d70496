import { useCallback, useState } from 'react';

/** A form's values as one object, with `field(key)` giving a control its error path, value and change handler. */
export function useFormValues<Values extends object>(initial: Values) {
  const [values, setValues] = useState<Values>(initial);
  const set = useCallback(
    <Key extends keyof Values>(key: Key, value: Values[Key]) => setValues((all) => ({ ...all, [key]: value })),
    [],
  );
  const field = <Key extends keyof Values & string>(key: Key) => ({
    path: key,
    value: values[key],
    onChange: (value: Values[Key]) => set(key, value),
  });
  return { values, setValues, set, field };
}
