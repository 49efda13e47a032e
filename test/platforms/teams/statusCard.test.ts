import { describe, expect, it } from 'vitest';
import { STATUS_ACTIVITIES_SHOWN, statusCard } from '../../../src/platforms/teams/cards/status.js';
import { cardProblems } from '../../helpers/adaptiveCards.js';
import { buildPlanRef, buildPlanStatus, manyActivities } from '../../helpers/slackViews.js';
import { cardText } from '../../helpers/teamsApp.js';

/** Teams refuses a card whose payload passes about 28 KB. */
const TEAMS_CARD_BYTES = 28 * 1024;

describe('the estado card', () => {
  it("stays a valid card within Teams' size for an admin of a 300-activity plan with 60 of their own", () => {
    const mine = manyActivities(60);
    const card = statusCard(
      { plan: buildPlanRef(), isAdmin: true, mine, status: buildPlanStatus(manyActivities(300)) },
      '29:admin',
    );
    expect(cardProblems(card)).toEqual([]);
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(TEAMS_CARD_BYTES);
    expect(cardText(card)).toContain(`… y ${60 - STATUS_ACTIVITIES_SHOWN} actividad(es) más`);
  });

  it('says there is no plan yet, keeping only "Actualizar"', () => {
    const card = statusCard({ plan: null, isAdmin: false, mine: [], status: null }, '29:maria');
    expect(cardProblems(card)).toEqual([]);
    expect(cardText(card)).toContain('Todavía no hay un plan cargado');
    expect(card.actions?.map((action) => action.title)).toEqual(['Actualizar']);
  });
});
