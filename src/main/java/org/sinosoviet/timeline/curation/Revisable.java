package org.sinosoviet.timeline.curation;

/**
 * A resource whose whole content a draft replaces.
 * @param <D> the draft
 */
public interface Revisable<D> {

	void revise(D draft);

}
