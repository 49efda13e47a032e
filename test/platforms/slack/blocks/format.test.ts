import { describe, expect, it } from 'vitest';
import {
  escapeMrkdwn,
  progressBar,
  progressLine,
  progressText,
} from '../../../../src/platforms/slack/blocks/format.js';
import { buildActivityView } from '../../../helpers/slackViews.js';

describe('progressBar', () => {
  it.each([
    [0, '░░░░░░░░░░'],
    [0.25, '███░░░░░░░'],
    [1, '██████████'],
    [1.7, '██████████'],
    [-1, '░░░░░░░░░░'],
  ])('%s → %s', (ratio, bar) => {
    expect(progressBar(ratio)).toBe(bar);
  });
});

describe('progressText', () => {
  it('writes counts as "10/40 (25 %)"', () => {
    expect(progressText(buildActivityView())).toBe('10/40 (25 %)');
  });

  it('writes percentage targets without repeating the percentage', () => {
    expect(progressText(buildActivityView({ unit: 'percent', target: 100, progress: 60, ratio: 0.6 }))).toBe(
      '60 % de 100 %',
    );
  });

  it('uses the Colombian decimal comma', () => {
    expect(progressText(buildActivityView({ progress: 2.5, target: 10, ratio: 0.25 }))).toBe('2,5/10 (25 %)');
  });
});

describe('progressLine', () => {
  it('shows the status colour, the bar, the numbers and the state', () => {
    expect(progressLine(buildActivityView({ status: 'yellow', state: 'behind' }))).toBe(
      '🟡 `███░░░░░░░` 10/40 (25 %) · Atrasada',
    );
  });
});

describe('escapeMrkdwn', () => {
  it('shows typed <, > and & as text', () => {
    expect(escapeMrkdwn('<@U1> & <!channel>')).toBe('&lt;@U1&gt; &amp; &lt;!channel&gt;');
  });
});
