import { describe, expect, it } from 'vitest';
import { deckActionFor } from '../../../../src/features/present/show/deck-keys';

const on = (tag: string, extra: Partial<HTMLElement> = {}) => Object.assign(document.createElement(tag), extra);
const body = document.body;

describe('the presentation keys', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['ArrowLeft', 'previous'],
    ['PageUp', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['f', 'fullscreen'],
    ['F', 'fullscreen'],
    ['o', 'overview'],
    ['b', 'blank'],
    ['.', 'blank'],
    ['Escape', 'escape'],
  ])('%j means %s', (key, action) => {
    expect(deckActionFor({ key, target: body })).toBe(action);
  });

  it('go back with Shift+Space', () => {
    expect(deckActionFor({ key: ' ', shiftKey: true, target: body })).toBe('previous');
  });

  it('stay out of the way while a form field has focus', () => {
    for (const target of [on('input'), on('textarea'), on('select')]) {
      expect(deckActionFor({ key: 'ArrowRight', target })).toBeUndefined();
      expect(deckActionFor({ key: 'f', target })).toBeUndefined();
    }
    const editable = on('div');
    editable.setAttribute('contenteditable', 'true');
    document.body.append(editable);
    expect(deckActionFor({ key: 'b', target: editable })).toBeUndefined();
    editable.remove();
  });

  it('leave Space to a focused button or link, which it presses', () => {
    expect(deckActionFor({ key: ' ', target: on('button') })).toBeUndefined();
    expect(deckActionFor({ key: ' ', target: on('a') })).toBeUndefined();
    expect(deckActionFor({ key: 'ArrowRight', target: on('button') })).toBe('next');
  });

  it('leave browser shortcuts alone', () => {
    expect(deckActionFor({ key: 'f', ctrlKey: true, target: body })).toBeUndefined();
    expect(deckActionFor({ key: 'ArrowLeft', altKey: true, target: body })).toBeUndefined();
    expect(deckActionFor({ key: 'b', metaKey: true, target: body })).toBeUndefined();
    expect(deckActionFor({ key: 'x', target: body })).toBeUndefined();
  });
});
