import { createElement, type ReactNode } from 'react';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5;

/** A heading whose level depends on where a slide is shown: alone, in a transcript, in a preview. */
export function Heading({
  level,
  id,
  className,
  children,
}: {
  level: HeadingLevel;
  id?: string;
  className?: string;
  children: ReactNode;
}) {
  return createElement(`h${level}`, { id, className }, children);
}

export function below(level: HeadingLevel): HeadingLevel {
  return Math.min(level + 1, 5) as HeadingLevel;
}
