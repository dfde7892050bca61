/**
 * Shared route vocabulary: what a feature hands the app's router (src/app/router), and the
 * per-page metadata (title, description) that both the prerender and the browser read. The
 * words are the app's own (prepare, meta, notFound, moved), not a data router's: the app uses
 * React Router's declarative mode, and TanStack Query holds the data (decision 009).
 */
import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import type { Params } from 'react-router';

export interface PageMeta {
  title: string;
  description: string;
  /** "article" for content pages, "website" for indexes. */
  type?: 'website' | 'article';
  /** A link-preview image, as a path relative to the site's base (e.g. /previews/…png). */
  image?: string;
  /** What the preview image shows, for readers who cannot see it. */
  imageAlt?: string;
}

export interface MetaArgs {
  params: Params;
  queryClient: QueryClient;
}

/** What a page's `prepare` is given: the URL's parameters and its query string ("?…" or ""). */
export interface PrepareArgs {
  params: Params;
  search: string;
}

export interface FeatureRoute {
  /**
   * Puts what the page reads into the query cache before it renders, so it renders whole (and
   * the prerender has it); may throw `notFound()` or `moved(to)`.
   */
  prepare?: (args: PrepareArgs) => Promise<void>;
  Component: ComponentType;
  /** The page's title and description, from the query cache once `prepare` has run. */
  meta: (args: MetaArgs) => PageMeta;
}

/** What `notFound()` throws: the URL names content that does not exist. */
export class NotFoundError extends Error {
  constructor() {
    super('Not Found');
    this.name = 'NotFoundError';
  }
}

/** Thrown from `prepare` when a URL names content that does not exist: the reader gets the not-found page. */
export function notFound(): never {
  throw new NotFoundError();
}

export function isNotFound(thrown: unknown): boolean {
  return thrown instanceof NotFoundError;
}

/** What `moved()` throws: the content lives at another address now (a renamed id, an alias). */
export class MovedError extends Error {
  constructor(readonly to: string) {
    super(`Moved to ${to}`);
    this.name = 'MovedError';
  }
}

/** Thrown from `prepare` when a URL names content by an old or other name: the address is replaced by `to`. */
export function moved(to: string): never {
  throw new MovedError(to);
}
