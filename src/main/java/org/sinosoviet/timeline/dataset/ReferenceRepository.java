package org.sinosoviet.timeline.dataset;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.sinosoviet.timeline.chronology.Precision;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface ReferenceRepository extends Repository<Reference, Long> {

	List<Reference> findAll();

	@EntityGraph(attributePaths = "authors")
	Optional<Reference> findBySlug(String slug);

	List<Reference> findBySlugIn(Collection<String> slugs);

	/** How many events cite each reference that is cited at all. */
	@Query(value = "select reference_id as referenceId, count(distinct event_id) as events from event_citation "
			+ "group by reference_id", nativeQuery = true)
	List<CitedCount> countCitingEvents();

	/** The events that cite a reference, in chronological order, with where and for what. */
	@Query(value = """
			select e.slug as slug, e.title as title, e.start_on as startOn, e.start_precision as startPrecision,
			       c.locator as locator, c.supports as supports
			from event_citation c join event e on e.id = c.event_id
			where c.reference_id = :referenceId
			order by e.start_on, e.slug, c.sequence_no""", nativeQuery = true)
	List<CitingEvent> findCitingEvents(Long referenceId);

	public interface CitedCount {

		Long getReferenceId();

		Long getEvents();

	}

	public interface CitingEvent {

		String getSlug();

		String getTitle();

		LocalDate getStartOn();

		String getStartPrecision();

		String getLocator();

		String getSupports();

	}

}
