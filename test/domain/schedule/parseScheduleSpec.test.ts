import { describe, expect, it } from 'vitest';
import { parseScheduleSpec } from '../../../src/domain/schedule/parseScheduleSpec.js';
import type { ScheduleSpec } from '../../../src/domain/types.js';

const dates = (...values: string[]): ScheduleSpec => ({ kind: 'dates', dates: values });
const range = (from: string, to: string): ScheduleSpec => ({ kind: 'range', from, to });
const month = (value: string): ScheduleSpec => ({ kind: 'month', month: value });

describe('parseScheduleSpec', () => {
  describe('every "Fecha Programada" cell of the Tauramena 2024 sample', () => {
    it.each<[string, ScheduleSpec]>([
      ['15 de julio de 2024', dates('2024-07-15')],
      ['Permanentemente', { kind: 'continuous' }],
      ['15 de diciembre de 2024', dates('2024-12-15')],
      ['30 de junio de 2024 15 de diciembre de 2024', dates('2024-06-30', '2024-12-15')],
      ['30 de junio de 2024', dates('2024-06-30')],
      ['5 de junio al 15 de diciembre de 2024', range('2024-06-05', '2024-12-15')],
      ['15 diciembre de 2024', dates('2024-12-15')],
      ['5 de junio al 30 de noviembre de 2024', range('2024-06-05', '2024-11-30')],
      ['26 de diciembre de 2024', dates('2024-12-26')],
      ['15 de junio al 30 de diciembre de 2024', range('2024-06-15', '2024-12-30')],
      // The sample's vigencia cells go through the same parser.
      ['5 de junio de 2024', dates('2024-06-05')],
      ['31 de Diciembre de 2024', dates('2024-12-31')],
    ])('%j', (text, expected) => {
      expect(parseScheduleSpec(text)).toEqual(expected);
    });
  });

  describe('one date', () => {
    it.each<[string, ScheduleSpec]>([
      ['15 de julio de 2024', dates('2024-07-15')],
      ['15 diciembre de 2024', dates('2024-12-15')],
      ['Junio 30 de 2025', dates('2025-06-30')],
      ['junio 30, 2025', dates('2025-06-30')],
      ['30/04/2025', dates('2025-04-30')], // day first: 30 April
      ['01/04/2025', dates('2025-04-01')], // 1 April, not 4 January
      ['30-04-2025', dates('2025-04-30')],
      ['30/04/25', dates('2025-04-30')],
      ['2025-08-31', dates('2025-08-31')],
      ['2025-8-5', dates('2025-08-05')],
      ['31-mar-2025', dates('2025-03-31')],
      ['31 de Diciembre de 2024', dates('2024-12-31')],
      ['31 DE DICIEMBRE DE 2024', dates('2024-12-31')],
      ['1° de julio de 2025', dates('2025-07-01')],
      ['1º de julio de 2025', dates('2025-07-01')],
      ['1 ° de julio de 2025', dates('2025-07-01')],
      ['1ro de julio de 2025', dates('2025-07-01')],
      ['1ero. de julio de 2025', dates('2025-07-01')],
      ['1er de julio de 2025', dates('2025-07-01')],
      ['15 de julio del 2024', dates('2024-07-15')],
      ['30 de setiembre de 2025', dates('2025-09-30')],
      ['30 de Septiembre de 2025', dates('2025-09-30')],
      ['15 dic. 2024', dates('2024-12-15')],
      ['15 ene 2025', dates('2025-01-15')],
      ['28 feb. 2025', dates('2025-02-28')],
      ['30 sept. 2025', dates('2025-09-30')],
      ['30 set 2025', dates('2025-09-30')],
      ['15 ago 2025', dates('2025-08-15')],
      ['  15 de julio de 2024.  ', dates('2024-07-15')],
      ['29 de febrero de 2024', dates('2024-02-29')], // leap year
      ['31 de diciembre de 2024', dates('2024-12-31')],
      ['1 de enero de 2025', dates('2025-01-01')],
    ])('%j', (text, expected) => {
      expect(parseScheduleSpec(text)).toEqual(expected);
    });
  });

  describe('several dates in one cell', () => {
    it.each<[string, ScheduleSpec]>([
      ['30 de junio de 2024 15 de diciembre de 2024', dates('2024-06-30', '2024-12-15')],
      ['15 de marzo, 15 de julio y 15 de noviembre de 2025', dates('2025-03-15', '2025-07-15', '2025-11-15')],
      ['30 de junio y 15 de diciembre de 2024', dates('2024-06-30', '2024-12-15')],
      ['30 de junio de 2024\n15 de diciembre de 2024', dates('2024-06-30', '2024-12-15')],
      ['30 de junio\r\n15 de diciembre de 2024', dates('2024-06-30', '2024-12-15')],
      ['30 de junio; 15 de diciembre de 2024', dates('2024-06-30', '2024-12-15')],
      ['30 de junio - 15 de diciembre de 2024', dates('2024-06-30', '2024-12-15')],
      ['30/06/2024 - 15/12/2024', dates('2024-06-30', '2024-12-15')],
      ['2024-06-30; 2024-12-15', dates('2024-06-30', '2024-12-15')],
      ['15 de marzo de 2025 y 30 de enero de 2026', dates('2025-03-15', '2026-01-30')],
      // The year carried back across new year: December comes before the January it precedes.
      ['15 de diciembre y 15 de enero de 2025', dates('2024-12-15', '2025-01-15')],
      ['30 de noviembre, 15 de diciembre y 30 de enero de 2025', dates('2024-11-30', '2024-12-15', '2025-01-30')],
      // Several ranges or months: each is due at its end.
      ['1 de enero al 31 de marzo y 1 de julio al 30 de septiembre de 2025', dates('2025-03-31', '2025-09-30')],
      ['junio y diciembre de 2025', dates('2025-06-30', '2025-12-31')],
    ])('%j', (text, expected) => {
      expect(parseScheduleSpec(text)).toEqual(expected);
    });
  });

  describe('ranges, due at the end', () => {
    it.each<[string, ScheduleSpec]>([
      ['5 de junio al 15 de diciembre de 2024', range('2024-06-05', '2024-12-15')],
      ['Del 1 de febrero al 30 de noviembre de 2025', range('2025-02-01', '2025-11-30')],
      ['15 de junio al 30 de diciembre de 2024', range('2024-06-15', '2024-12-30')],
      ['Desde el 1 de marzo hasta el 30 de junio de 2025', range('2025-03-01', '2025-06-30')],
      ['1 de marzo a 30 de junio de 2025', range('2025-03-01', '2025-06-30')],
      ['marzo a junio de 2025', range('2025-03-01', '2025-06-30')], // 1 Mar – last day of Jun
      ['Febrero a abril de 2024', range('2024-02-01', '2024-04-30')],
      ['de marzo a febrero de 2025', range('2024-03-01', '2025-02-28')],
      ['1 de diciembre al 31 de enero de 2025', range('2024-12-01', '2025-01-31')], // across new year
      ['1 de marzo de 2024 al 28 de febrero de 2025', range('2024-03-01', '2025-02-28')],
      ['01/02/2025 al 30/11/2025', range('2025-02-01', '2025-11-30')],
    ])('%j', (text, expected) => {
      expect(parseScheduleSpec(text)).toEqual(expected);
    });
  });

  describe('a month, due on its last day', () => {
    it.each<[string, ScheduleSpec]>([
      ['Diciembre de 2025', month('2025-12')],
      ['diciembre 2025', month('2025-12')],
      ['DICIEMBRE DEL 2025', month('2025-12')],
      ['Febrero de 2024', month('2024-02')],
      ['sept. 2025', month('2025-09')],
    ])('%j', (text, expected) => {
      expect(parseScheduleSpec(text)).toEqual(expected);
    });
  });

  describe('periodic', () => {
    it.each<[string, ScheduleSpec]>([
      ['Mensual', { kind: 'periodic', period: 'monthly' }],
      ['Mensualmente', { kind: 'periodic', period: 'monthly' }],
      ['Cada mes', { kind: 'periodic', period: 'monthly' }],
      ['Bimestral', { kind: 'periodic', period: 'bimonthly' }],
      ['Cada dos meses', { kind: 'periodic', period: 'bimonthly' }],
      ['Trimestral', { kind: 'periodic', period: 'quarterly' }],
      ['Trimestralmente', { kind: 'periodic', period: 'quarterly' }],
      ['Cada trimestre', { kind: 'periodic', period: 'quarterly' }],
      ['Cada 3 meses', { kind: 'periodic', period: 'quarterly' }],
      ['TRIMESTRAL.', { kind: 'periodic', period: 'quarterly' }],
      ['De manera trimestral', { kind: 'periodic', period: 'quarterly' }],
      ['Cuatrimestral', { kind: 'periodic', period: 'four-monthly' }],
      ['Semestral', { kind: 'periodic', period: 'semiannual' }],
      ['Semestralmente', { kind: 'periodic', period: 'semiannual' }],
      ['Cada seis meses', { kind: 'periodic', period: 'semiannual' }],
      ['Cada semestre', { kind: 'periodic', period: 'semiannual' }],
      ['Anual', { kind: 'periodic', period: 'annual' }],
      ['Anualmente', { kind: 'periodic', period: 'annual' }],
      ['Cada año', { kind: 'periodic', period: 'annual' }],
    ])('%j', (text, expected) => {
      expect(parseScheduleSpec(text)).toEqual(expected);
    });
  });

  describe('continuous', () => {
    it.each([
      'Permanente',
      'Permanentemente',
      'PERMANENTE',
      'De manera permanente',
      'De forma permanente',
      'Continuo',
      'Continua',
      'Todo el año',
      'Todo el ano',
      'Durante la vigencia',
      'Durante toda la vigencia',
    ])('%j', (text) => {
      expect(parseScheduleSpec(text)).toEqual({ kind: 'continuous' });
    });
  });

  describe('dates without a year', () => {
    it.each<[string, number, ScheduleSpec]>([
      ['1ro de julio', 2025, dates('2025-07-01')],
      ['15 de julio', 2024, dates('2024-07-15')],
      ['30/04', 2025, dates('2025-04-30')],
      ['Diciembre', 2025, month('2025-12')],
      ['marzo a junio', 2025, range('2025-03-01', '2025-06-30')],
      ['30 de junio y 15 de diciembre', 2024, dates('2024-06-30', '2024-12-15')],
      // A year written later in the cell wins over the default.
      ['15 de marzo y 15 de julio de 2026', 2025, dates('2026-03-15', '2026-07-15')],
      ['15 de julio de 2024', 2030, dates('2024-07-15')],
    ])('%j with defaultYear %i', (text, defaultYear, expected) => {
      expect(parseScheduleSpec(text, { defaultYear })).toEqual(expected);
    });

    it.each(['1ro de julio', '15 de julio', '30/04', 'Diciembre', '15 de julio de 2024 y 15 de diciembre'])(
      '%j is unreadable without a default year',
      (text) => {
        expect(parseScheduleSpec(text)).toBeNull();
      },
    );
  });

  describe('unreadable', () => {
    it.each([
      '',
      '   ',
      'Por definir',
      'N/A',
      'NA',
      '-',
      '31 de febrero de 2025', // not rolled over to 3 March
      '29 de febrero de 2025', // not a leap year
      '31 de abril de 2025',
      '32 de enero de 2025',
      '30/02/2025',
      '2025-13-01',
      '04/30/2025', // month-first is not how Colombia writes dates
      '15 de julio de 2024 2025', // a stray year
      '15 de diciembre de 2024 al 1 de marzo de 2024', // a range that ends before it starts
      '15 de julio de 2024 (segundo informe)',
      '15 de julio a las 3 pm',
      'Trimestral y semestral',
      'Cada cinco meses',
    ])('%j', (text) => {
      expect(parseScheduleSpec(text, { defaultYear: 2024 })).toBeNull();
    });
  });
});
