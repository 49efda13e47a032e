export {
  addBusinessDays,
  type BusinessCalendar,
  businessDaysBetween,
  type CalendarOptions,
  createCalendar,
  EXTRA_HOLIDAY_NAME,
  type Holiday,
  holidayName,
  holidaysInYear,
  isBusinessDay,
  nextBusinessDay,
  onOrAfterBusinessDay,
  onOrBeforeBusinessDay,
  previousBusinessDay,
} from './calendar.js';
export {
  COLOMBIAN_HOLIDAY_RULES,
  type HolidayRule,
  type HolidayRuleKind,
  holidayDateInYear,
} from './colombianHolidays.js';
export { easterSunday } from './easter.js';
