import { describe, expect, it } from 'vitest';
import { normaliseScheduleText } from '../../../src/domain/schedule/normaliseScheduleText.js';

describe('normaliseScheduleText', () => {
  it.each([
    ['31 de Diciembre de 2024', '31 de diciembre de 2024'],
    ['31 DE DICIEMBRE DE 2024', '31 de diciembre de 2024'],
    ['Todo el año', 'todo el ano'],
    ['30 de junio\n\t15 de diciembre', '30 de junio 15 de diciembre'],
    ['1° de julio', '1 de julio'],
    ['1º de julio', '1 de julio'],
    ['1.º de julio', '1 de julio'],
    ['1 ° de julio', '1 de julio'],
    ['1ro de julio', '1 de julio'],
    ['1ero de julio', '1 de julio'],
    ['1er de julio', '1 de julio'],
    ['1o de julio', '1 de julio'],
    ['2024 o 2025', '2024 o 2025'], // a lone "o" is a word, not an ordinal
    ['15 de julio del 2024', '15 de julio de 2024'],
    ['Del 1 de febrero', 'de 1 de febrero'],
    ['delegado', 'delegado'],
    ['30 de setiembre', '30 de septiembre'],
    ['30/04/2025; 2025-08-31', '30/04/2025; 2025-08-31'],
  ])('%j → %j', (text, expected) => {
    expect(normaliseScheduleText(text)).toBe(expected);
  });
});
