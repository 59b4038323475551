package org.sinosoviet.timeline.event;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.sinosoviet.timeline.chronology.Precision;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface EventRepository extends Repository<Event, Long>, JpaSpecificationExecutor<Event> {

	/** Bounds that stand for an open period: every database here stores these dates. */
	LocalDate FOREVER_START = LocalDate.of(1, 1, 1);

	LocalDate FOREVER_END = LocalDate.of(9999, 12, 31);

	default List<Evidence> findAllEvidence() {
		return findEvidence(FOREVER_START, FOREVER_END);
	}

	@EntityGraph(attributePaths = "era")
	Optional<Event> findBySlug(String slug);

	Event save(Event event);

	Event saveAndFlush(Event event);

	void delete(Event event);

	void flush();

	/** The events with these ids, in no particular order; their collections load in batches when read. */
	@EntityGraph(attributePaths = "era")
	List<Event> findByIdIn(Collection<Long> ids);

	@Query("""
			select e.slug from Event e
			where e.startOn < :startOn or (e.startOn = :startOn and e.slug < :slug)
			order by e.startOn desc, e.slug desc""")
	List<String> findPrevious(LocalDate startOn, String slug, Pageable pageable);

	@Query("""
			select e.slug from Event e
			where e.startOn > :startOn or (e.startOn = :startOn and e.slug > :slug)
			order by e.startOn, e.slug""")
	List<String> findNext(LocalDate startOn, String slug, Pageable pageable);

	@Query("select e.era.slug as slug, count(e) as events from Event e group by e.era.slug")
	List<Count> countByEra();

	@Query("select count(p) from Participation p where p.actor.slug = :actorSlug")
	long countByActor(String actorSlug);

	@Query("""
			select e.era.slug from Event e join e.participations p
			where p.actor.slug = :actorSlug
			group by e.era.slug, e.era.sequenceNo order by e.era.sequenceNo""")
	List<String> findErasOfActor(String actorSlug);

	/**
	 * One row per link between an event and a grievance, for events whose interval overlaps the period
	 * (use {@link #FOREVER_START} and {@link #FOREVER_END} for an open end).
	 */
	@Query("""
			select g.slug as grievance, e.slug as event, e.startOn as startOn, e.startPrecision as startPrecision,
			       e.endOn as endOn, e.endPrecision as endPrecision, e.lastDay as lastDay, e.impact as impact,
			       e.era.slug as era, e.era.sequenceNo as eraSequence
			from Event e join e.grievances g
			where e.lastDay >= :firstDay and e.startOn <= :lastDay
			order by e.startOn, e.slug""")
	List<Evidence> findEvidence(LocalDate firstDay, LocalDate lastDay);

	@Query("select e.startOn as startOn, e.impact as impact from Event e")
	List<StartAndImpact> findStartsAndImpacts();

	@Query("""
			select e from Event e
			where e.startPrecision = :precision and extract(month from e.startOn) = :month
			  and extract(day from e.startOn) = :day
			order by e.startOn, e.slug""")
	@EntityGraph(attributePaths = "era")
	List<Event> findByDayOfYear(Precision precision, int month, int day);

	/** How many events a slug (of an era or an actor) is linked to. */
	interface Count {

		String getSlug();

		long getEvents();

	}

	interface Evidence {

		String getGrievance();

		String getEvent();

		LocalDate getStartOn();

		Precision getStartPrecision();

		LocalDate getEndOn();

		Precision getEndPrecision();

		LocalDate getLastDay();

		int getImpact();

		String getEra();

		int getEraSequence();

	}

	interface StartAndImpact {

		LocalDate getStartOn();

		int getImpact();

	}

}
