package org.sinosoviet.timeline.curation;

import java.util.Optional;
import java.util.function.Function;

/**
 * The editor of a resource that is one entity whose content a draft replaces (an actor, a grievance): all an
 * editor does but refuse to delete a resource others still depend on, which each kind says for itself.
 * @param <D> the draft
 * @param <E> the entity
 */
public abstract class RepositoryEditor<D, E extends Curated & Revisable<D>> implements Editor<D, E> {

	private final String kind;

	private final CuratedRepository<E> repository;

	private final Function<D, E> creator;

	private final Function<E, D> drafts;

	/**
	 * @param kind what the resource is called in messages
	 * @param creator a new, empty entity with the draft's slug
	 * @param drafts an entity's content as a draft
	 */
	protected RepositoryEditor(String kind, CuratedRepository<E> repository, Function<D, E> creator,
			Function<E, D> drafts) {
		this.kind = kind;
		this.repository = repository;
		this.creator = creator;
		this.drafts = drafts;
	}

	/** Refuses, with a conflict that names them, while other resources depend on this one. */
	protected abstract void refuseWhileUsed(E resource);

	@Override
	public String kind() {
		return kind;
	}

	@Override
	public Optional<E> find(String slug) {
		return repository.findBySlug(slug);
	}

	@Override
	public D draftOf(E resource) {
		return drafts.apply(resource);
	}

	@Override
	public E create(D draft) {
		E resource = creator.apply(draft);
		resource.revise(draft);
		return repository.saveAndFlush(resource);
	}

	@Override
	public void replace(E resource, D draft) {
		resource.revise(draft);
		repository.flush();
	}

	@Override
	public void delete(E resource) {
		refuseWhileUsed(resource);
		repository.delete(resource);
		repository.flush();
	}

}
