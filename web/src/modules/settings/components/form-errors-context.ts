import { createContext } from 'react';

/** Field path → message (client check or server issue) of the enclosing settings form. */
export const FormErrorsContext = createContext<Record<string, string | undefined>>({});
