import { describe, expect, it } from 'vitest';
import { homeView } from '../../../../src/platforms/slack/blocks/home.js';
import { MAX_BLOCKS_PER_VIEW } from '../../../../src/platforms/slack/blocks/limits.js';
import { messages } from '../../../../src/wording/messages.js';
import { buildActivityView, buildPlanRef, buildPlanStatus, manyActivities } from '../../../helpers/slackViews.js';

describe('homeView', () => {
  it("lists the caller's activities with due date, bar and a Registrar avance button each", () => {
    const view = homeView({ plan: buildPlanRef(), isAdmin: false, mine: [buildActivityView()], status: null });
    const json = JSON.stringify(view);
    expect(view.type).toBe('home');
    expect(json).toContain('Próxima fecha: 30 jun 2024');
    expect(json).toContain('10/40 (25 %)');
    const section = view.blocks.find((block) => block.type === 'section' && 'accessory' in block);
    expect(section).toMatchObject({ accessory: { action_id: 'progress_open', text: { text: 'Registrar avance' } } });
  });

  it('shows admins the plan summary with status colours', () => {
    const view = homeView({ plan: buildPlanRef(), isAdmin: true, mine: [], status: buildPlanStatus() });
    expect(JSON.stringify(view)).toContain('🔴 *Rojo* · avance promedio 25 %');
  });

  it('explains how to get activities when the caller has none', () => {
    const view = homeView({ plan: buildPlanRef(), isAdmin: false, mine: [], status: null });
    expect(JSON.stringify(view)).toContain(messages.noOfficesForUser.slice(0, 30));
  });

  it('says there is no plan yet', () => {
    const view = homeView({ plan: null, isAdmin: false, mine: [], status: null });
    expect(JSON.stringify(view)).toContain('Todavía no hay un plan cargado');
  });

  it('stays within the 100 blocks of a view', () => {
    const activities = manyActivities(250);
    const view = homeView({
      plan: buildPlanRef(),
      isAdmin: true,
      mine: activities,
      status: buildPlanStatus(activities),
    });
    expect(view.blocks.length).toBeLessThanOrEqual(MAX_BLOCKS_PER_VIEW);
    expect(JSON.stringify(view)).toContain('elemento(s) más');
  });
});
