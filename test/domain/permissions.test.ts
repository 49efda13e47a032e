import { describe, expect, it } from 'vitest';
import { answersFor, canLog, canUndo, isAdmin, NO_STANDING } from '../../src/domain/permissions.js';

const activity = { offices: [{ id: 1 }, { id: 2 }] };
const member = { isAdmin: false, officeIds: [2, 7] };
const outsider = { isAdmin: false, officeIds: [7] };
const admin = { isAdmin: true, officeIds: [] };

describe('isAdmin', () => {
  it('is an admin who is stored as one, or whoever runs the console or CLI', () => {
    expect(isAdmin(admin, false)).toBe(true);
    expect(isAdmin(outsider, true)).toBe(true);
    expect(isAdmin(outsider, false)).toBe(false);
    expect(isAdmin(NO_STANDING, false)).toBe(false);
  });
});

describe('answersFor', () => {
  it('is true when one of the caller’s offices is one of the activity’s', () => {
    expect(answersFor(member, activity)).toBe(true);
    expect(answersFor(outsider, activity)).toBe(false);
    expect(answersFor(admin, activity)).toBe(false);
    expect(answersFor(member, { offices: [] })).toBe(false);
  });
});

describe('canLog', () => {
  it('lets members of the activity’s offices and admins log, nobody else', () => {
    expect(canLog(member, activity, false)).toBe(true);
    expect(canLog(admin, activity, false)).toBe(true);
    expect(canLog(outsider, activity, true)).toBe(true);
    expect(canLog(outsider, activity, false)).toBe(false);
    expect(canLog(NO_STANDING, activity, false)).toBe(false);
  });
});

describe('canUndo', () => {
  it('lets the author undo their own entry, and an admin anyone’s', () => {
    expect(canUndo('U1', false, { authorId: 'U1' })).toBe(true);
    expect(canUndo('U2', true, { authorId: 'U1' })).toBe(true);
    expect(canUndo('U2', false, { authorId: 'U1' })).toBe(false);
  });
});
