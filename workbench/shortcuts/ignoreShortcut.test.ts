import { describe, expect, it } from 'vitest';
import { ignoreShortcut, isTypingTarget } from './ignoreShortcut.js';
import type { KeyTarget } from './ignoreShortcut.js';

const press = (target: KeyTarget | null, mods: Partial<{ ctrlKey: boolean; altKey: boolean; metaKey: boolean; repeat: boolean; isComposing: boolean }> = {}) =>
  ({ target, ctrlKey: false, altKey: false, metaKey: false, ...mods });
const element = (tagName: string, more: Partial<KeyTarget> = {}): KeyTarget => ({ tagName, closest: () => null, ...more });

describe('isTypingTarget()', () => {
  it('is true for text inputs, textareas, selects and editable content', () => {
    for (const type of [undefined, 'text', 'search', 'email', 'number', 'date', 'TEXT']) expect(isTypingTarget(element('INPUT', type ? { type } : {})), String(type)).toBe(true);
    expect(isTypingTarget(element('TEXTAREA'))).toBe(true);
    expect(isTypingTarget(element('SELECT'))).toBe(true);
    expect(isTypingTarget(element('DIV', { isContentEditable: true }))).toBe(true);
    // A span inside an editable region.
    expect(isTypingTarget(element('SPAN', { closest: (s) => (s.startsWith('[contenteditable]') ? {} : null) }))).toBe(true);
  });

  it('is false for links, buttons, checkboxes and the page itself', () => {
    expect(isTypingTarget(element('A'))).toBe(false);
    expect(isTypingTarget(element('BUTTON'))).toBe(false);
    expect(isTypingTarget(element('INPUT', { type: 'checkbox' }))).toBe(false);
    expect(isTypingTarget(element('BODY'))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});

describe('ignoreShortcut()', () => {
  it('lets a plain key on a link or the page through', () => {
    expect(ignoreShortcut(press(element('A')))).toBe(false);
    expect(ignoreShortcut(press(element('BODY')))).toBe(false);
  });

  it('stays silent while the person types', () => {
    expect(ignoreShortcut(press(element('INPUT', { type: 'search' })))).toBe(true);
    expect(ignoreShortcut(press(element('TEXTAREA')))).toBe(true);
    expect(ignoreShortcut(press(element('SELECT')))).toBe(true);
    expect(ignoreShortcut(press(element('P', { isContentEditable: true })))).toBe(true);
  });

  it('stays silent with Ctrl, Alt or Meta, on a held key and while composing', () => {
    for (const mod of ['ctrlKey', 'altKey', 'metaKey', 'repeat', 'isComposing'] as const) expect(ignoreShortcut(press(element('A'), { [mod]: true })), mod).toBe(true);
  });

  it('stays silent inside a dialog', () => {
    expect(ignoreShortcut(press(element('BUTTON', { closest: (s) => (s === 'dialog' ? {} : null) })))).toBe(true);
  });
});
