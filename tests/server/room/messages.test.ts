// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { listenSchema, parseRequest, sendSchema } from '../../../server/room/messages';

const DEVICE = 'abcdefghijklmnopqrstuv';
const SECRET = 'ABCDEFGHIJKLMNOPQRSTUV';
const question = { scenarioId: 'police-find-condoms', dimension: 'safety' };
const zeros = { good: 0, mixed: 0, poor: 0 };
const counts = { criminalisation: zeros, legalisation: zeros, nordic: zeros, decriminalisation: zeros };

const listen = (value: unknown) =>
  parseRequest(listenSchema, typeof value === 'string' ? value : JSON.stringify(value)).ok;
const send = (value: unknown) => parseRequest(sendSchema, typeof value === 'string' ? value : JSON.stringify(value)).ok;

describe('listen requests', () => {
  it('accepts a facilitator creating and resuming, and a phone joining with or without a tag', () => {
    expect(listen({ type: 'create', question })).toBe(true);
    expect(
      listen({
        type: 'resume',
        code: 'K7M2Q',
        secret: SECRET,
        question,
        answers: { abcdefghijklmnop: { nordic: 'good' } },
        revealed: false,
      }),
    ).toBe(true);
    expect(listen({ type: 'join', code: 'K7M2Q', device: DEVICE })).toBe(true);
    expect(listen({ type: 'join', code: 'K7M2Q', device: DEVICE, tag: 'a'.repeat(43) })).toBe(true);
  });

  it.each([
    ['not JSON', '{"type":"join",'],
    ['JSON that is not an object', '"join"'],
    ['an empty object', {}],
    ['an unknown type', { type: 'admin', code: 'K7M2Q' }],
    ['a code with letters that are never used (O, 0, I, 1)', { type: 'join', code: 'OI01A', device: DEVICE }],
    ['a lower-case code', { type: 'join', code: 'k7m2q', device: DEVICE }],
    ['a code too long', { type: 'join', code: 'K7M2QQ', device: DEVICE }],
    ['a short device id', { type: 'join', code: 'K7M2Q', device: 'abc' }],
    ['a device id with other characters', { type: 'join', code: 'K7M2Q', device: 'abcdefghijklmnopqrst<>' }],
    ['an extra field (a name)', { type: 'join', code: 'K7M2Q', device: DEVICE, name: 'Maya' }],
    [
      'a scenario id with a path in it',
      { type: 'create', question: { scenarioId: '../etc/passwd', dimension: 'safety' } },
    ],
    ['an overlong scenario id', { type: 'create', question: { scenarioId: 'a'.repeat(81), dimension: 'safety' } }],
    ['an unknown dimension', { type: 'create', question: { scenarioId: 'x', dimension: 'money' } }],
    [
      'a resume whose answers name an unknown model',
      {
        type: 'resume',
        code: 'K7M2Q',
        secret: SECRET,
        question,
        answers: { abcdefghijklmnop: { abolition: 'good' } },
        revealed: false,
      },
    ],
    [
      'a resume whose answer key is not a key',
      {
        type: 'resume',
        code: 'K7M2Q',
        secret: SECRET,
        question,
        answers: { __proto__x: { nordic: 'good' } },
        revealed: false,
      },
    ],
    [
      'a resume with revealed as a string',
      { type: 'resume', code: 'K7M2Q', secret: SECRET, question, answers: {}, revealed: 'yes' },
    ],
  ])('refuses %s', (_label, value) => {
    expect(listen(value)).toBe(false);
  });
});

describe('send requests', () => {
  it('accepts an answer, a question, a reveal with hand counts, and a close', () => {
    expect(
      send({
        type: 'answer',
        code: 'K7M2Q',
        device: DEVICE,
        question: 'x/safety',
        picks: { nordic: 'poor', decriminalisation: 'good' },
      }),
    ).toBe(true);
    expect(send({ type: 'answer', code: 'K7M2Q', device: DEVICE, question: 'x/safety', picks: {} })).toBe(true);
    expect(send({ type: 'ask', code: 'K7M2Q', secret: SECRET, question })).toBe(true);
    expect(send({ type: 'reveal', code: 'K7M2Q', secret: SECRET, revealed: true, handCounts: counts })).toBe(true);
    expect(send({ type: 'close', code: 'K7M2Q', secret: SECRET })).toBe(true);
  });

  it.each([
    [
      'a rating that does not exist',
      { type: 'answer', code: 'K7M2Q', device: DEVICE, question: 'x/safety', picks: { nordic: 'excellent' } },
    ],
    [
      'a model that does not exist',
      { type: 'answer', code: 'K7M2Q', device: DEVICE, question: 'x/safety', picks: { prohibition: 'good' } },
    ],
    ['picks as a list', { type: 'answer', code: 'K7M2Q', device: DEVICE, question: 'x/safety', picks: ['good'] }],
    ['an answer without a device', { type: 'answer', code: 'K7M2Q', question: 'x/safety', picks: {} }],
    [
      'an overlong question key',
      { type: 'answer', code: 'K7M2Q', device: DEVICE, question: 'x'.repeat(121), picks: {} },
    ],
    [
      'a phone trying to reveal (a device id, no secret)',
      { type: 'reveal', code: 'K7M2Q', device: DEVICE, revealed: true },
    ],
    [
      'a reveal with a negative count',
      {
        type: 'reveal',
        code: 'K7M2Q',
        secret: SECRET,
        revealed: true,
        handCounts: { ...counts, nordic: { good: -1, mixed: 0, poor: 0 } },
      },
    ],
    [
      'a reveal with a count over 999',
      {
        type: 'reveal',
        code: 'K7M2Q',
        secret: SECRET,
        revealed: true,
        handCounts: { ...counts, nordic: { good: 1000, mixed: 0, poor: 0 } },
      },
    ],
    [
      'a reveal with a fractional count',
      {
        type: 'reveal',
        code: 'K7M2Q',
        secret: SECRET,
        revealed: true,
        handCounts: { ...counts, nordic: { good: 1.5, mixed: 0, poor: 0 } },
      },
    ],
    ['a close with a short secret', { type: 'close', code: 'K7M2Q', secret: 'guess' }],
    ['a listen request sent to send', { type: 'join', code: 'K7M2Q', device: DEVICE }],
  ])('refuses %s', (_label, value) => {
    expect(send(value)).toBe(false);
  });
});
