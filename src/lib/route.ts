/**
 * Shared route vocabulary: what a feature hands the app's router, and the per-page metadata
 * (title, description) that both the prerender script and the browser read from route handles.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { data, type LoaderFunctionArgs, type Params } from 'react-router';

export interface PageMeta {
  title: string;
  description: string;
  /** "article" for content pages, "website" for indexes. */
  type?: 'website' | 'article';
  /** A link-preview image, as a path relative to the site's base (e.g. /previews/…png). */
  image?: string;
}

export interface MetaArgs {
  params: Params;
  queryClient: QueryClient;
}

export interface RouteHandle {
  meta: (args: MetaArgs) => PageMeta;
}

export interface FeatureRoute {
  loader?: (args: LoaderFunctionArgs) => Promise<null>;
  Component: ComponentType;
  handle: RouteHandle;
}

/** Thrown from a loader when a URL names content that does not exist. */
export function notFound(): never {
  throw data(null, { status: 404, statusText: 'Not Found' });
}

export function isRouteHandle(handle: unknown): handle is RouteHandle {
  return typeof handle === 'object' && handle !== null && typeof (handle as RouteHandle).meta === 'function';
}
