package org.sinosoviet.timeline.curation;

/**
 * Published by an editor within the transaction of every write, so that whatever depends on the whole
 * dataset (the response cache, across every instance) can follow.
 * @param what the resource changed, such as {@code event zhenbao-island-clash}
 */
public record DatasetChanged(String what) {
}
