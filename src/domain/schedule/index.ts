export { resolveDueDates, yearsOf } from './dueDates.js';
export { type NoFixedDate, noFixedDateOf } from './openPhrases.js';
export { parseSchedule, scheduleStartOf } from './parseSchedule.js';
export { type ParseScheduleOptions, parseScheduleSpec, statedStartOf } from './parseScheduleSpec.js';
export { MONTHS_PER_PERIOD } from './periods.js';
