export { TenantStore, DEFAULT_SEED, DEFAULT_USER_COUNT, type SeededStoreOptions, type SnapshotStoreOptions } from './tenant-store.js';
export { SANDBOX_PASSWORD, DEFAULT_CUSTOM_FIELD_KEYS } from './seed-data.js';
export type {
  User,
  UserInput,
  Group,
  Course,
  Enrollment,
  EnrollmentStatus,
  CustomFieldValue,
  PageRequest,
  UserPage,
  EnrollmentPage,
  StoreEvent,
  StoreEventType,
  StoreListener,
  TenantSnapshot,
  UserRecord,
} from './types.js';
