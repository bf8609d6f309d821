import { createUnionType } from 'type-graphql';
import { ValidationError } from '../../shared/graphql/error-result';
import { CareForbiddenError, CareNotFoundError, CareStateError } from '../care-records/care-records.results';
import { Intake, SchoolClass } from './classes.type';

export const RecordIntakeResult = createUnionType({
  name: 'RecordIntakeResult',
  description: 'The intake, or why not.',
  types: () => [Intake, ValidationError, CareNotFoundError, CareForbiddenError] as const,
});

export const SchoolClassResult = createUnionType({
  name: 'SchoolClassResult',
  description: 'The class, or why not.',
  types: () => [SchoolClass, ValidationError, CareNotFoundError, CareForbiddenError, CareStateError] as const,
});
