package org.sinosoviet.timeline.event;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.sinosoviet.timeline.dataset.Actor;
import org.sinosoviet.timeline.dataset.ActorRepository;
import org.sinosoviet.timeline.chronology.Precision;
import org.sinosoviet.timeline.dataset.EraRepository;
import org.sinosoviet.timeline.dataset.Eras;
import org.sinosoviet.timeline.dataset.Grievance;
import org.sinosoviet.timeline.dataset.GrievanceRepository;
import org.sinosoviet.timeline.dataset.Reference;
import org.sinosoviet.timeline.dataset.ReferenceRepository;
import org.sinosoviet.timeline.failure.InvalidValue;
import org.sinosoviet.timeline.failure.InvalidValuesException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds events: one filtered, sorted page at a time, or one event with its neighbours on the
 * timeline. Filters that name eras, actors, grievances or references are checked against what the timeline
 * holds, and every unknown name is reported with the names that are known.
 */
@Service
@Transactional(readOnly = true)
public class EventCatalog {

	private final EventRepository events;

	private final EraRepository eras;

	private final ActorRepository actors;

	private final GrievanceRepository grievances;

	private final ReferenceRepository references;

	EventCatalog(EventRepository events, EraRepository eras, ActorRepository actors, GrievanceRepository grievances,
			ReferenceRepository references) {
		this.events = events;
		this.eras = eras;
		this.actors = actors;
		this.grievances = grievances;
		this.references = references;
	}

	/**
	 * A page of the events that match the filter, mapped while the data is at hand. Loading a page
	 * takes a fixed number of statements, however many events it holds.
	 */
	public <T> Page<T> find(EventFilter filter, Pageable pageable, Function<Event, T> mapping) {
		return find(filter, null, pageable, mapping);
	}

	public <T> Page<T> find(EventFilter filter, Specification<Event> scope, Pageable pageable,
			Function<Event, T> mapping) {
		Specification<Event> specification = EventSpecifications.matching(filter, check(filter));
		if (scope != null) {
			specification = specification.and(scope);
		}
		return events.findAll(specification, pageable).map(mapping);
	}

	/** Every event that matches, in the order asked for. */
	public <T> List<T> findAll(EventFilter filter, Sort sort, Function<Event, T> mapping) {
		return events.findAll(EventSpecifications.matching(filter, check(filter)), sort).stream().map(mapping).toList();
	}

	public <T> Optional<T> findBySlug(String slug, Function<Event, T> mapping) {
		return events.findBySlug(slug).map(mapping);
	}

	/** Events dated to the day whose start falls on this calendar day, in any year, in chronological order. */
	public <T> List<T> onDay(MonthDay day, Function<Event, T> mapping) {
		return events.findByDayOfYear(Precision.DAY, day.getMonthValue(), day.getDayOfMonth())
			.stream()
			.map(mapping)
			.toList();
	}

	/** The events just before and after this one in chronological order, if any. */
	public Neighbours neighboursOf(Event event) {
		Pageable first = Pageable.ofSize(1);
		String previous = events.findPrevious(event.getStart().firstDay(), event.getSlug(), first)
			.stream()
			.findFirst()
			.orElse(null);
		String next = events.findNext(event.getStart().firstDay(), event.getSlug(), first)
			.stream()
			.findFirst()
			.orElse(null);
		return new Neighbours(previous, next);
	}

	public static Specification<Event> inEra(String eraSlug) {
		return EventSpecifications.inEra(eraSlug);
	}

	public static Specification<Event> withActor(String actorSlug) {
		return EventSpecifications.withActor(actorSlug);
	}

	/**
	 * Refuses filters the timeline cannot answer, naming every problem at once.
	 * @return the ids of the eras the filter names, so that the query can use the index on them
	 */
	public List<Long> check(EventFilter filter) {
		List<InvalidValue> problems = new ArrayList<>();
		List<Long> eraIds = List.of();
		if (!filter.era().isEmpty()) {
			Eras all = eras.all();
			all.unknown(filter.era()).ifPresent(problems::add);
			eraIds = all.idsOf(filter.era());
		}
		if (!filter.actor().isEmpty() && actors.findBySlugIn(filter.actor()).size() < filter.actor().size()) {
			InvalidValue.unknownSlugs("actor", filter.actor(),
					actors.findAll(Sort.by("slug")).stream().map(Actor::getSlug).toList())
				.ifPresent(problems::add);
		}
		if (!filter.grievance().isEmpty()
				&& grievances.findBySlugIn(filter.grievance()).size() < filter.grievance().size()) {
			InvalidValue.unknownSlugs("grievance", filter.grievance(),
					grievances.findAll(Sort.by("slug")).stream().map(Grievance::getSlug).toList())
				.ifPresent(problems::add);
		}
		if (!filter.reference().isEmpty()
				&& references.findBySlugIn(filter.reference()).size() < filter.reference().size()) {
			InvalidValue.unknownSlugs("reference", filter.reference(),
					references.findAll().stream().map(Reference::getSlug).sorted().toList())
				.ifPresent(problems::add);
		}
		if (filter.from() != null && filter.to() != null
				&& filter.from().firstDay().isAfter(filter.to().lastDay())) {
			problems.add(new InvalidValue("from", "from " + filter.from() + " is after to " + filter.to()));
		}
		if (filter.q() != null && filter.q().length() > EventFilter.MAX_QUERY_LENGTH) {
			problems.add(new InvalidValue("q", "is longer than " + EventFilter.MAX_QUERY_LENGTH + " characters"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidValuesException(problems);
		}
		return eraIds;
	}

	/** The slugs of the events before and after one event on the timeline. */
	public record Neighbours(String previous, String next) {
	}

}
