/**
 * Documents of a known price on the real schema (the 2023-07-20 snapshot's `UserRecentContent`,
 * "an additional cost of 4 points", so 5 a selection), for the cost tests.
 */
import { readFileSync } from 'node:fs';

/** The storefront's "recent content" query (76 points at TI; 7101 on the gateway's former model). */
export const STOREFRONT_RECENT_CONTENT = readFileSync(new URL('./storefront-recent-content.graphql', import.meta.url), 'utf8');

/** Content fields of 1 point each (scalars without arguments), then 2 objects worth 4 and 3. */
const CONTENT_FIELDS: Array<[string, number]> = [
  ...'acceptBadgeUrl altDescriptionBody alternativePricingRef alternativePricingType asset authors authorsAndInstructors availabilityStatus badgeName badgeUrl bulkPurchasingEnabled canAddToQueue contentTypeAssetAspectRatio contentTypeLabel courseEndDate courseGracePeriodEnded courseGroup coursePresold courseStartDate createdAt credlyBadgeExpiresAt currentUserDueDate currentUserMayReschedule currentUserUnmetCoursePrerequisites currentUserUnmetLearningPathPrerequisites customFields description displayCourse displayCourseSlug displayDate embeddedEnabled enrollmentCount enrollmentEndDate enrollmentStartDate expiresAt freeWithRegistration hasChildren hideCourseDescription id imageUrl isActive issuedAt kind language meetingStartDate metaDescription metaTitle priceInCents publishDate rating seatsLimit sessionTitle sku slug source state status suggestedRetailPriceInCents timeZone title updatedAt url waitlistCount waitlistingEnabled waitlistingTriggered'
    .split(' ')
    .map((name): [string, number] => [name, 1]),
  ['ribbon { color label slug }', 4],
  ['location { city name }', 3],
];

/**
 * `aliases` selections of `UserRecentContent` (5 points each, no `limit`: unsliced), each with a
 * fragment worth `itemPoints` (1..72): `aliases * (5 + itemPoints)` points at TI.
 */
export function recentContentDocument(aliases: number, itemPoints: number, name = 'Costly'): string {
  const fields: string[] = [];
  let points = 0;
  // The objects first when they are needed to reach the sum, else scalars only.
  for (const [field, cost] of [...CONTENT_FIELDS].reverse()) {
    if (points + cost > itemPoints) continue;
    fields.push(field);
    points += cost;
  }
  if (points !== itemPoints) throw new Error(`cannot select ${itemPoints} points of Content (max 72)`);
  const selections = Array.from({ length: aliases }, (_, i) => `  r${i}: UserRecentContent { ...${name}Item }`).join('\n');
  return `query ${name} {\n${selections}\n}\n\nfragment ${name}Item on Content {\n  ${fields.join('\n  ')}\n}\n`;
}

/** 1,001 points: one over Thought Industries' limit (13 x (5 + 72)). */
export const OVER_LIMIT = recentContentDocument(13, 72, 'OverTheLimit');
/** Exactly 1,000 points: at the limit, accepted (20 x (5 + 45)). */
export const AT_LIMIT = recentContentDocument(20, 45, 'AtTheLimit');
