/**
 * Every REST-backed field, in one list. A field joins by its `restField(...)` declaration in the
 * module of its resource (users, enrollments, groups); a new resource's module joins here.
 */
import type { RestField } from '../rest-field.js';
import { enrollmentFields } from './enrollments.js';
import { groupFields } from './groups.js';
import { userFields } from './users.js';

export const REST_FIELDS: readonly RestField[] = [...userFields, ...enrollmentFields, ...groupFields];
