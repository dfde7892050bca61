/**
 * The sources and glossary terms a page's content refers to, provided once per page so that
 * citations and glossary links anywhere inside can show them without another fetch.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { CitedSource, TermRef, WithReferences } from '../content/payloads';

interface References {
  source: (id: string) => CitedSource | undefined;
  term: (id: string) => TermRef | undefined;
}

const ReferencesContext = createContext<References>({ source: () => undefined, term: () => undefined });

export function ReferencesProvider({ value, children }: { value: WithReferences; children: ReactNode }) {
  const refs = useMemo<References>(() => {
    const sources = new Map(value.sources.map((s) => [s.id, s]));
    const terms = new Map(value.terms.map((t) => [t.id, t]));
    return { source: (id) => sources.get(id), term: (id) => terms.get(id) };
  }, [value]);
  return <ReferencesContext.Provider value={refs}>{children}</ReferencesContext.Provider>;
}

export function useReferences(): References {
  return useContext(ReferencesContext);
}
