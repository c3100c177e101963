/** The page's Undo and Redo keys: Ctrl (or ⌘) with Z, Y, or Shift+Z; nothing else. */
import { undoKeyOf } from '../../src/web/view/useUndoKeys';

const press = (
  key: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {},
) =>
  undoKeyOf({
    key,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    ...mods,
  } as KeyboardEvent);

test('Ctrl+Z undoes; Ctrl+Y and Ctrl+Shift+Z redo; ⌘ works as Ctrl', () => {
  expect(press('z', { ctrlKey: true })).toBe('undo');
  expect(press('Z', { ctrlKey: true, shiftKey: true })).toBe('redo');
  expect(press('y', { ctrlKey: true })).toBe('redo');
  expect(press('z', { metaKey: true })).toBe('undo');
});

test('other keys and chords are left alone', () => {
  expect(press('z')).toBeNull();
  expect(press('z', { ctrlKey: true, altKey: true })).toBeNull(); // AltGr on some layouts
  expect(press('Y', { ctrlKey: true, shiftKey: true })).toBeNull();
  expect(press('x', { ctrlKey: true })).toBeNull();
});
