package org.sinosoviet.timeline.dataset;

import java.util.Collection;
import java.util.List;

import org.sinosoviet.timeline.curation.CuratedRepository;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.Query;

public interface ActorRepository extends CuratedRepository<Actor> {

	List<Actor> findAll(Sort sort);

	List<Actor> findBySlugIn(Collection<String> slugs);

	/** The slugs of the events the actor takes part in, in slug order. */
	@Query(value = "select e.slug from event e join event_actor ea on ea.event_id = e.id "
			+ "join actor a on a.id = ea.actor_id where a.slug = :slug order by e.slug", nativeQuery = true)
	List<String> findEventsTakingPart(String slug);

	@Query(value = "select count(*) from era_leader el join actor a on a.id = el.actor_id where a.slug = :slug",
			nativeQuery = true)
	long countLeadership(String slug);

}
