/** Errors the storage layer raises on purpose; `code` lets callers map them to a reply. */
export class StorageError extends Error {
  constructor(
    readonly code: 'ACTIVITY_NOT_FOUND' | 'OFFICE_NOT_FOUND' | 'PLAN_NOT_FOUND' | 'INVALID_CORRECTION',
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ActivityNotFoundError extends StorageError {
  constructor(readonly activityId: number) {
    super('ACTIVITY_NOT_FOUND', `La actividad ${activityId} no existe.`);
  }
}

export class OfficeNotFoundError extends StorageError {
  constructor(readonly office: string) {
    super('OFFICE_NOT_FOUND', `No existe la dependencia «${office}».`);
  }
}

export class PlanNotFoundError extends StorageError {
  constructor(readonly planId: number) {
    super('PLAN_NOT_FOUND', `El plan ${planId} no existe.`);
  }
}

export class InvalidCorrectionError extends StorageError {
  constructor(readonly correctsId: number) {
    super('INVALID_CORRECTION', `El registro de avance ${correctsId} no existe o es de otra actividad.`);
  }
}

export class MigrationChecksumError extends Error {
  constructor(readonly migration: string) {
    super(
      `La migración ${migration} ya aplicada cambió desde que se aplicó. Las migraciones aplicadas no se editan: ` +
        'cree una nueva con npm run db:migrations.',
    );
    this.name = 'MigrationChecksumError';
  }
}
