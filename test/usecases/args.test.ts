import { describe, expect, it } from 'vitest';
import { parseAvanceText, parseEstadoText, parseProgressForm } from '../../src/usecases/args.js';
import { UserError } from '../../src/usecases/errors.js';

function messageOf(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    if (error instanceof UserError) return error.message;
    throw error;
  }
  throw new Error('expected a UserError');
}

describe('parseAvanceText', () => {
  it.each([
    ['1.2 10', { activityCode: '1.2', amount: 10, note: null, evidenceUrl: null }],
    [
      '1,2 10 Publicamos 10 piezas',
      { activityCode: '1.2', amount: 10, note: 'Publicamos 10 piezas', evidenceUrl: null },
    ],
    ['1.2 2,5', { activityCode: '1.2', amount: 2.5, note: null, evidenceUrl: null }],
    // A percentage is of the target (the command layer turns it into units once it knows the activity).
    ['3.4 50%', { activityCode: '3.4', amount: 50, percentOfTarget: true, note: null, evidenceUrl: null }],
    // es-CO: dots group thousands, the comma is the decimal mark.
    ['1.2 1.000', { activityCode: '1.2', amount: 1000, note: null, evidenceUrl: null }],
    ['1.2 1.000.000,5', { activityCode: '1.2', amount: 1_000_000.5, note: null, evidenceUrl: null }],
    ['1.2 1,5', { activityCode: '1.2', amount: 1.5, note: null, evidenceUrl: null }],
    ['1.2 0,0001', { activityCode: '1.2', amount: 0.0001, note: null, evidenceUrl: null }],
    ['1.2 45 confirmar', { activityCode: '1.2', amount: 45, note: null, evidenceUrl: null, confirmed: true }],
    ['1.2 45 nota confirmar', { activityCode: '1.2', amount: 45, note: 'nota', evidenceUrl: null, confirmed: true }],
    [
      '1.2 10 Publicamos <https://example.gov.co/a|evidencia> piezas',
      { activityCode: '1.2', amount: 10, note: 'Publicamos piezas', evidenceUrl: 'https://example.gov.co/a' },
    ],
    [
      '  1.10   3   nota   https://x.co/y  ',
      { activityCode: '1.10', amount: 3, note: 'nota', evidenceUrl: 'https://x.co/y' },
    ],
  ])('%s', (text, expected) => {
    expect(parseAvanceText(text)).toEqual(expected);
  });

  it.each([
    ['', 'Escriba el ID de la actividad y la cantidad'],
    ['1.2', 'Falta la cantidad'],
    ['1.2 diez', 'La cantidad «diez» no es un número'],
    ['1.2 1.5', 'No sé cómo leer «1.5». Use punto para los miles y coma para los decimales'],
    ['1.2 1,000', 'No sé cómo leer «1,000»'],
    ['1.2 1.00', 'No sé cómo leer «1.00»'],
    ['1.2 1 000', '¿La cantidad es 1.000? Escríbala sin espacios (1000 o 1.000)'],
    ['1.2 0,00001', 'demasiados decimales'],
    ['1.2 -3', 'debe ser mayor que cero'],
    ['1.2 0', 'debe ser mayor que cero'],
    ['uno 5', '«uno» no es un ID de actividad'],
  ])('rejects %j with a Spanish message saying what to type', (text, message) => {
    expect(messageOf(() => parseAvanceText(text))).toContain(message);
  });
});

describe('parseEstadoText', () => {
  it('reads an optional activity ID', () => {
    expect(parseEstadoText('')).toEqual({ activityCode: null });
    expect(parseEstadoText('1,3')).toEqual({ activityCode: '1.3' });
  });

  it('rejects what is not an ID', () => {
    expect(messageOf(() => parseEstadoText('todo'))).toContain('«todo» no es un ID de actividad');
  });
});

describe('parseProgressForm', () => {
  it('reports each bad field on its own', () => {
    expect(parseProgressForm({ activityCode: '', amount: 'diez', evidenceUrl: 'ftp://x' })).toEqual({
      ok: false,
      fieldErrors: {
        activityCode: 'Elija la actividad (por ejemplo 1.2).',
        amount: expect.stringContaining('«diez» no es un número'),
        evidenceUrl: 'El enlace de la evidencia debe empezar por https:// o http://.',
      },
    });
  });

  it('accepts a complete form, blank optional fields becoming null', () => {
    expect(parseProgressForm({ activityCode: '2.1', amount: '1', note: '  ', evidenceUrl: '' })).toEqual({
      ok: true,
      input: { activityCode: '2.1', amount: 1, note: null, evidenceUrl: null },
    });
  });
});
