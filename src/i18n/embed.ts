/**
 * The words of an embedded view's frame: a file of their own, since the embed layout is part of
 * the code every page loads and needs only these (the rest of the sharing text loads with the
 * share controls).
 */
import { messages } from './messages';

export const embedFrameMessages = {
  sources: 'Sources',
  ratingsNote: 'Each rating is a judgement drawn from the sources cited on the scenario’s page.',
  openFull: messages.share.openFull,
  from: `From ${messages.siteName}`,
} as const;
