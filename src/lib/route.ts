/**
 * Shared route vocabulary: what a feature hands the app's router (src/app/router), and the
 * per-page metadata (title, description) that both the prerender and the browser read.
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

export interface RouteHandle {
  meta: (args: MetaArgs) => PageMeta;
}

/** What a page's loader is given: the URL's parameters, and the request for its query string. */
export interface LoaderArgs {
  params: Params;
  request: Request;
}

export interface FeatureRoute {
  loader?: (args: LoaderArgs) => Promise<null>;
  Component: ComponentType;
  handle: RouteHandle;
}

/** What `notFound()` throws: the URL names content that does not exist. */
export class NotFoundError extends Error {
  constructor() {
    super('Not Found');
    this.name = 'NotFoundError';
  }
}

/** Thrown from a loader when a URL names content that does not exist: the reader gets the not-found page. */
export function notFound(): never {
  throw new NotFoundError();
}

export function isNotFound(thrown: unknown): boolean {
  return thrown instanceof NotFoundError;
}
