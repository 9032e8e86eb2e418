/**
 * The vendor's real drift: operations an app of each snapshot's time would have written
 * (test/drift/fixtures/<date>/), checked against the later real snapshots.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { runDrift, type DriftReport } from '../../src/drift/index.js';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '../..');
const config = loadConfig({});

function drift(base: string, target: string, fixtures: string, strict = false) {
  return runDrift({
    cwd: REPO,
    config,
    base,
    target,
    documents: [`test/drift/fixtures/${fixtures}/*.graphql`],
    defaultDocuments: false,
    strict,
  }).then((r) => r.report);
}

/** `path -> { operation: impact }` for every change that touches an operation. */
function impactMap(report: DriftReport): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const change of report.changes) {
    if (change.operations.length === 0) continue;
    const key = `${change.type} ${change.path}`;
    out[key] = { ...out[key], ...Object.fromEntries(change.operations.map((o) => [o.operation.name, o.impact])) };
  }
  return out;
}

describe('real TI drift', () => {
  it.each(['2022-06-01', '2022-12-21', '2023-07-20'])('the %s fixtures are valid against their own snapshot', async (date) => {
    const report = await drift(date, date, date);
    expect(report.invalidOperations).toEqual([]);
    expect(report.changes).toEqual([]);
    expect(report.documents.operations).toBeGreaterThanOrEqual(5);
    expect(report.summary.exitCode).toBe(0);
  });

  it('2022-06-01 -> 2022-12-21: the sort/widget arguments, UserProgress fields, UpdateBookmarkFolder and the translation namespace break the app', async () => {
    const report = await drift('2022-06-01', '2022-12-21', '2022-06-01');
    const impacts = impactMap(report);
    expect(impacts).toEqual({
      'FIELD_ARGUMENT_REMOVED Query.CatalogContent.sort': { CatalogPage: 'breaks' },
      'FIELD_ARGUMENT_REMOVED Query.CatalogContent.widgetId': { CatalogWidget: 'breaks' },
      'FIELD_REMOVED UserProgress.course': { CourseProgress: 'breaks' },
      'FIELD_REMOVED UserProgress.user': { CourseProgress: 'breaks' },
      'FIELD_TYPE_CHANGED Mutation.UpdateBookmarkFolder': { RenameBookmarkFolder: 'breaks' },
      'FIELD_ARGUMENT_TYPE_CHANGED Query.CompanyTranslations.namespace': { Translations: 'breaks' },
      // Still valid (Content has id and title), but the element type changed under the app.
      'FIELD_TYPE_CHANGED Query.UserWaitlist': { Waitlist: 'affects' },
      // The replacement arguments: optional, so dangerous for every catalog query.
      'FIELD_ARGUMENT_ADDED Query.CatalogContent.sortColumn': { CatalogPage: 'affects', CatalogWidget: 'affects', CatalogSearch: 'affects' },
      'FIELD_ARGUMENT_ADDED Query.CatalogContent.sortDirection': { CatalogPage: 'affects', CatalogWidget: 'affects', CatalogSearch: 'affects' },
      // The same release deprecated the field that echoed the old sort string.
      'FIELD_DEPRECATION_ADDED CatalogMeta.selectedSort.@deprecated': { CatalogPage: 'affects' },
    });
    // Breaking changes the app never used are reported, and safe.
    const layout = report.changes.find((c) => c.path === 'Query.CatalogContent.layoutId')!;
    expect(layout).toMatchObject({ type: 'FIELD_ARGUMENT_REMOVED', criticality: 'BREAKING', impact: 'safe' });
    expect(report.changes.find((c) => c.path === 'CompanySecuritySettings.secretKey')?.impact).toBe('safe');
    // Where: the `sort` argument in catalog.graphql, with graphql-js's own words.
    const sort = report.changes.find((c) => c.path === 'Query.CatalogContent.sort')!.operations[0]!;
    expect(sort.at).toEqual({ file: 'test/drift/fixtures/2022-06-01/catalog.graphql', line: 3, column: 31 });
    expect(sort.reason).toBe('Unknown argument "sort" on field "Query.CatalogContent".');
    expect(report.invalidOperations).toEqual([]);
    expect(report.summary).toMatchObject({ breaking: 11, dangerous: 3, breaksOperations: 6, exitCode: 1 });
  });

  it('2022-12-21 -> 2023-07-20: UserContentItems sort/kind, CatalogQuery, the renamed assessment arguments and Course.topicGroup break the app', async () => {
    const report = await drift('2022-12-21', '2023-07-20', '2022-12-21');
    const impacts = impactMap(report);
    expect(Object.fromEntries(Object.entries(impacts).filter(([, ops]) => Object.values(ops).includes('breaks')))).toEqual({
      'FIELD_ARGUMENT_REMOVED Query.UserContentItems.sort': { MyContent: 'breaks' },
      // A [String!] variable, and a string literal where an enum is now expected.
      'FIELD_ARGUMENT_TYPE_CHANGED Query.UserContentItems.kind': { MyContent: 'breaks', MyCourses: 'breaks' },
      'FIELD_REMOVED Query.CatalogQuery': { SavedCatalogQuery: 'breaks' },
      // The real rename of this release: linkedWorkbook -> linkedWorkbookId (and topicType became an enum).
      'FIELD_ARGUMENT_REMOVED Query.LoadAssessmentAttemptWithQuestions.linkedWorkbook': { AssessmentAttempt: 'breaks' },
      'FIELD_ARGUMENT_TYPE_CHANGED Query.LoadAssessmentAttemptWithQuestions.topicType': { AssessmentAttempt: 'breaks' },
      'FIELD_TYPE_CHANGED Course.topicGroup': { CourseDetails: 'breaks' },
    });
    const renamed = report.changes.find((c) => c.path === 'Query.LoadAssessmentAttemptWithQuestions.linkedWorkbook')!;
    expect(renamed.operations[0]!.reason).toMatch(/Did you mean "linkedWorkbookId"\?/);
    expect(impacts['UNION_MEMBER_ADDED PageResource']).toEqual({ Pages: 'affects' });

    // RusticiLaunchScorm: added in 2022-12-21 with topicOrCourseId, and left alone by 2023-07-20, so
    // LaunchScorm (and the learner mutations) are touched by no change at all.
    const touched = new Set(report.changes.flatMap((c) => c.operations.map((o) => o.operation.name)));
    for (const untouched of ['LaunchScorm', 'ProvisionLearner', 'ProvisionLearners']) expect(touched.has(untouched)).toBe(false);
    expect(report.changes.some((c) => c.path?.startsWith('Query.RusticiLaunchScorm'))).toBe(false);

    expect(report.changes.find((c) => c.path === 'LearningPath.fulfillmentCenter')?.impact).toBe('safe');
    expect(report.summary).toMatchObject({ breaking: 9, breaksOperations: 6, exitCode: 1 });
  });

  it('the 2023-07-20 app passes against 2022-12-21 -> 2023-07-20 (nothing breaks it)', async () => {
    const report = await drift('2022-12-21', '2023-07-20', '2023-07-20');
    expect(report.changes.filter((c) => c.impact === 'breaks')).toEqual([]);
    expect(report.invalidOperations).toEqual([]);
    expect(report.summary.exitCode).toBe(0);
    expect((await drift('2022-12-21', '2023-07-20', '2023-07-20', true)).summary.exitCode).toBe(1);
  });

  it('2022-06-01 -> 2023-07-20 in one step finds both releases\' breaks for the old app', async () => {
    const report = await drift('2022-06-01', '2023-07-20', '2022-06-01');
    const broken = report.changes.filter((c) => c.impact === 'breaks').map((c) => c.path);
    expect(broken).toEqual(
      expect.arrayContaining(['Query.CatalogContent.sort', 'Query.CatalogContent.widgetId', 'UserProgress.course', 'Mutation.UpdateBookmarkFolder']),
    );
    expect(report.summary.exitCode).toBe(1);
  });
});
