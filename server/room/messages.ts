/**
 * Every request the relay accepts, as zod schemas. Strict: an unknown field, a wrong type, an
 * overlong string or a model that does not exist makes the whole request invalid. The
 * `satisfies` lines keep the schemas and the protocol's types (which the browser uses) in step.
 */
import { z } from 'zod';
import { DIMENSIONS, MODEL_IDS, RATING_LEVELS } from '../../src/content/vocabulary';
import {
  CODE_ALPHABET,
  CODE_LENGTH,
  KEY_PATTERN,
  SCENARIO_ID_PATTERN,
  TAG_PATTERN,
  TOKEN_PATTERN,
  type ListenRequest,
  type SendRequest,
} from '../../src/features/present/room/protocol';
import { MAX_COUNT } from '../../src/features/present/workshop/predict-url-state';

/** Body size limits, in bytes. A facilitator's resume carries every phone's answer. */
export const MAX_PHONE_BODY = 1024;
/** The longest answer ("key":{four models}) is about 110 bytes. */
export const maxFacilitatorBody = (answersPerQuestion: number): number => 1024 + 120 * answersPerQuestion;

const code = z
  .string()
  .length(CODE_LENGTH)
  .refine((c) => [...c].every((ch) => CODE_ALPHABET.includes(ch)), 'not a room code');
const token = z.string().regex(TOKEN_PATTERN);
const question = z.strictObject({ scenarioId: z.string().regex(SCENARIO_ID_PATTERN), dimension: z.enum(DIMENSIONS) });
const level = z.enum(RATING_LEVELS);
const picks = z.strictObject(
  Object.fromEntries(MODEL_IDS.map((m) => [m, level.optional()])) as Record<
    (typeof MODEL_IDS)[number],
    z.ZodOptional<typeof level>
  >,
);
const answers = z.record(z.string().regex(KEY_PATTERN), picks);
const count = z.number().int().min(0).max(MAX_COUNT);
const counts = z.strictObject(
  Object.fromEntries(MODEL_IDS.map((m) => [m, z.strictObject({ good: count, mixed: count, poor: count })])) as Record<
    (typeof MODEL_IDS)[number],
    z.ZodObject<{ good: typeof count; mixed: typeof count; poor: typeof count }>
  >,
);

export const listenSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('create'), question }),
  z.strictObject({ type: z.literal('resume'), code, secret: token, question, answers, revealed: z.boolean() }),
  z.strictObject({ type: z.literal('join'), code, device: token, tag: z.string().regex(TAG_PATTERN).optional() }),
]) satisfies z.ZodType<ListenRequest>;

export const sendSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('answer'), code, device: token, question: z.string().max(120), picks }),
  z.strictObject({ type: z.literal('ask'), code, secret: token, question }),
  z.strictObject({
    type: z.literal('reveal'),
    code,
    secret: token,
    revealed: z.boolean(),
    handCounts: counts.optional(),
  }),
  z.strictObject({ type: z.literal('close'), code, secret: token }),
]) satisfies z.ZodType<SendRequest>;

/** Requests only a facilitator makes may be larger than a phone's. */
export const isFacilitatorRequest = (type: string): boolean => type === 'create' || type === 'resume';

export type Parsed<T> = { ok: true; value: T } | { ok: false };

/** Parses JSON text against a schema; anything wrong is simply "invalid" (no echo of the input). */
export function parseRequest<T>(schema: z.ZodType<T>, text: string): Parsed<T> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false };
  }
  const result = schema.safeParse(json);
  return result.success ? { ok: true, value: result.data } : { ok: false };
}
