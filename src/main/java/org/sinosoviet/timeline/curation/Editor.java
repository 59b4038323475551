package org.sinosoviet.timeline.curation;

import java.util.Optional;

/**
 * What one kind of resource contributes to curators' writes: how to find it, how to read it as a draft, and
 * how to apply a draft. Everything the kinds share (one transaction, the If-Match check, validation, the
 * dataset's change) is in {@link org.sinosoviet.timeline.curation.web.CuratedWrites}; who changed what when is
 * recorded by Spring Data's auditing ({@link Curated}).
 * @param <D> the parsed content of the resource (a draft)
 * @param <E> the stored resource
 */
public interface Editor<D, E extends Curated> {

	/** What the resource is called in messages: {@code actor}. */
	String kind();

	Optional<E> find(String slug);

	/** The resource's current content: the base a partial change is applied to, and what a change is compared with. */
	D draftOf(E resource);

	/** Stores a new resource; its slug is free. */
	E create(D draft);

	/** Replaces the resource's content with the draft, which differs from it, and writes it. */
	void replace(E resource, D draft);

	/** Deletes the resource, or refuses with a conflict while others still depend on it. */
	void delete(E resource);

}
