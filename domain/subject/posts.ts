import { addDays } from '../core/dates';
import type { Individual, LeadershipPost } from '../schemas/profile';

/** Posts held at the reference date: started on or before it (or start unknown), not ended before it. */
export function postsHeldAt(subject: Individual, at: string): LeadershipPost[] {
  return subject.leadershipPosts.filter((p) => (!p.startDate || p.startDate <= at) && (!p.endDate || p.endDate >= at));
}

/**
 * Since when the subject has led without a break, up to `at`: the earliest start among the posts held at `at`,
 * extended back through earlier posts that end the day before (or after) that start — moving from one post to the
 * next is not a new appointment. `undefined` when no post held at `at` has a start date.
 */
export function leadingSince(subject: Individual, at: string): string | undefined {
  const held = postsHeldAt(subject, at);
  const starts = held.flatMap((p) => (p.startDate ? [p.startDate] : []));
  if (starts.length === 0) return undefined;
  let since = starts.reduce((a, b) => (a < b ? a : b));
  for (let changed = true; changed; ) {
    changed = false;
    for (const p of subject.leadershipPosts) {
      if (p.startDate && p.endDate && p.startDate < since && p.endDate >= addDays(since, -1)) {
        since = p.startDate;
        changed = true;
      }
    }
  }
  return since;
}
