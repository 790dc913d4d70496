import { constraintViolation } from './constraint-violation';

describe('constraintViolation', () => {
  it.each([
    [{ code: 'SQLITE_CONSTRAINT_UNIQUE' }, 'unique'],
    [{ driverError: { code: '23505' } }, 'unique'],
    [{ code: 'SQLITE_CONSTRAINT_FOREIGNKEY' }, 'foreign_key'],
    [{ driverError: { code: '23503' } }, 'foreign_key'],
    [{ code: 'SQLITE_BUSY' }, undefined],
    [new Error('boom'), undefined],
    [null, undefined],
  ])('classifies %p as %p', (error, expected) => {
    expect(constraintViolation(error)).toBe(expected);
  });
});
