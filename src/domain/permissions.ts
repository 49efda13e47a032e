/**
 * Who may do what, written once: admins (the planning office) set the plan up, see its whole status
 * and correct anyone's entries; the members of an activity's offices log progress on it; authors
 * undo their own entries. Whoever runs the console or the CLI is on the server and acts as an admin.
 */

/** A caller as the rules see them: the stored admin flag and the offices they belong to. */
export interface Standing {
  isAdmin: boolean;
  officeIds: readonly number[];
}

/** An unknown user: no admin, in no office. */
export const NO_STANDING: Standing = { isAdmin: false, officeIds: [] };

/** Whether the caller has an admin's rights: stored as one, or at the console or CLI. */
export function isAdmin(caller: Pick<Standing, 'isAdmin'>, actsAsAdmin: boolean): boolean {
  return actsAsAdmin || caller.isAdmin;
}

/** Whether one of the caller's offices answers for the activity: it is one of "theirs". */
export function answersFor(caller: Pick<Standing, 'officeIds'>, activity: { offices: readonly { id: number }[] }) {
  return activity.offices.some((office) => caller.officeIds.includes(office.id));
}

/** Whether the caller may log progress on the activity: an admin, or a member of one of its offices. */
export function canLog(caller: Standing, activity: { offices: readonly { id: number }[] }, actsAsAdmin: boolean) {
  return isAdmin(caller, actsAsAdmin) || answersFor(caller, activity);
}

/** Whether the caller may reverse an entry: its author, or an admin. */
export function canUndo(callerId: string, admin: boolean, entry: { authorId: string }): boolean {
  return admin || entry.authorId === callerId;
}
