package org.sinosoviet.timeline.curation;

import org.jspecify.annotations.Nullable;

/**
 * Curators' changes to one kind of resource, each checked against the dataset and against the version the
 * curator last saw.
 * @param <D> the parsed content of the resource (a draft)
 */
public interface Editor<D> {

	/** The resource's current content and version: the base a partial change is applied to. */
	Versioned<D> draftOf(String slug);

	void create(D draft, String curator);

	/** @param expectedVersion the version the curator changed, or {@code null} to overwrite any version */
	void replace(String slug, D draft, @Nullable Long expectedVersion, String curator);

	/** @param expectedVersion the version the curator deletes, or {@code null} for any version */
	void delete(String slug, @Nullable Long expectedVersion, String curator);

}
