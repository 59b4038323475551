package org.sinosoviet.timeline.dataset;

import java.util.Collection;
import java.util.List;

import org.sinosoviet.timeline.curation.CuratedRepository;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.Query;

public interface GrievanceRepository extends CuratedRepository<Grievance> {

	List<Grievance> findAll(Sort sort);

	List<Grievance> findBySlugIn(Collection<String> slugs);

	/** The slugs of the events that are evidence of the grievance, in slug order. */
	@Query(value = "select e.slug from event e join event_grievance eg on eg.event_id = e.id "
			+ "join grievance g on g.id = eg.grievance_id where g.slug = :slug order by e.slug", nativeQuery = true)
	List<String> findEvidenceEvents(String slug);

}
