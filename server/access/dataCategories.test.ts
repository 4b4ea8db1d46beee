import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../definitions/index.js';
import { HttpError } from '../HttpError.js';
import { askedCategories, documentCategories } from './dataCategories.js';

const gewerbe = loadCatalogue().get('gewerbeanmeldung')!;

describe('documentCategories()', () => {
  it('takes each document\'s own categories, and every category for one filed before they were recorded', () => {
    expect(documentCategories(gewerbe, [{ categories: ['identitaet'] }, { categories: ['gewerbe', 'verfahrensdaten'] }])).toEqual(['gewerbe', 'identitaet', 'verfahrensdaten']);
    expect(documentCategories(gewerbe, [{ categories: null }])).toEqual(['gewerbe', 'identitaet', 'kontakt', 'nachweise', 'verfahrensdaten']);
  });
});

describe('askedCategories()', () => {
  it('refuses categories the procedure does not have, naming them', () => {
    expect(askedCategories(gewerbe, 'identitaet,verfahrensdaten,identitaet')).toEqual(['identitaet', 'verfahrensdaten']);
    expect(() => askedCategories(gewerbe, 'identitaet,kontostand')).toThrow(HttpError);
  });
});
