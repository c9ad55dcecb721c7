/**
 * Pass 1, `reference`: a normalised reference that occurs exactly once on each side links the two
 * lines, whatever their amounts (a bank fee deducted from a transfer still links; the pipeline
 * then raises `amount_mismatch`). A reference used by several lines on either side is left to
 * the group pass.
 */
import type { Claims } from './claims.ts';
import { matchGroup } from './groups.ts';
import type { RefIndex } from './ref-index.ts';

export function matchByReference(index: RefIndex, claims: Claims): void {
  index.forEachShared((b, l) => {
    if (!Array.isArray(b) && !Array.isArray(l)) claims.pair('reference', b, l);
  });
}

/**
 * Passes 1 and 2 in one walk over the shared references: a reference is either 1:1 (the reference
 * pass) or held by several lines on a side (the group pass), never both, and every line has one
 * reference, so neither pass can take a line the other would have looked at. Same matches as
 * `matchByReference` then `matchGroups`, with one lookup per reference instead of two.
 */
export function matchReferencesAndGroups(index: RefIndex, claims: Claims): void {
  index.forEachShared((b, l) => {
    if (!Array.isArray(l) && !Array.isArray(b)) claims.pair('reference', b, l);
    else matchGroup(b, l, claims);
  });
}
