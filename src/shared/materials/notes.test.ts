import { describe, expect, it } from 'vitest';
import { resources } from '../i18n/resources.js';
import { MATERIALS } from './catalogue.js';

describe('catalogue notes', () => {
  it('are translated for the web in both languages', () => {
    const withNotes = MATERIALS.filter((m) => m.note !== null).map((m) => m.id).sort();
    expect(Object.keys(resources.en.materials.notes).sort()).toEqual(withNotes);
    expect(Object.keys(resources.es.materials.notes).sort()).toEqual(withNotes);
  });
});
