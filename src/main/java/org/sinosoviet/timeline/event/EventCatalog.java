package org.sinosoviet.timeline.event;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.sinosoviet.timeline.curation.DatasetVersion;
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
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.data.support.PageableExecutionUtils;
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

	private final DatasetVersion versions;

	private final EntityManager entities;

	private final AtomicReference<KnownNames> known = new AtomicReference<>();

	EventCatalog(EventRepository events, EraRepository eras, ActorRepository actors, GrievanceRepository grievances,
			ReferenceRepository references, DatasetVersion versions, EntityManager entities) {
		this.events = events;
		this.versions = versions;
		this.entities = entities;
		this.eras = eras;
		this.actors = actors;
		this.grievances = grievances;
		this.references = references;
	}

	/**
	 * A way of showing events that keeps each event as shown while the dataset stays at one version (see
	 * {@link EventView}). Made once per way of showing events (event.web.EventViews), and passed to every find.
	 */
	public <T> EventView<T> view(Function<Event, T> rendering) {
		return new EventView<>(rendering);
	}

	/**
	 * A page of the events that match the filter, as the view shows them. A page costs a fixed number of
	 * statements, however many events it holds: the dataset's version, the ids of the page, their count when
	 * the page is full, and one batch for the events the view has not shown at that version.
	 */
	public <T> Page<T> find(EventFilter filter, Pageable pageable, EventView<T> view) {
		return find(filter, null, pageable, view);
	}

	public <T> Page<T> find(EventFilter filter, Specification<Event> scope, Pageable pageable, EventView<T> view) {
		long version = versions.current();
		Specification<Event> specification = EventSpecifications.matching(filter, check(filter, version));
		if (scope != null) {
			specification = specification.and(scope);
		}
		Page<Long> ids = idsOf(specification, pageable);
		List<T> shown = view.of(version, ids.getContent(), events::findByIdIn);
		return new PageImpl<>(shown, pageable, ids.getTotalElements());
	}

	/** Every event that matches, in the order asked for. */
	public <T> List<T> findAll(EventFilter filter, Sort sort, EventView<T> view) {
		long version = versions.current();
		Specification<Event> specification = EventSpecifications.matching(filter, check(filter, version));
		return view.of(version, idsOf(specification, Pageable.unpaged(sort)).getContent(), events::findByIdIn);
	}

	/** The ids of the events that match, in the order and of the page asked for, counted only when needed. */
	private Page<Long> idsOf(Specification<Event> specification, Pageable pageable) {
		CriteriaBuilder cb = entities.getCriteriaBuilder();
		CriteriaQuery<Long> query = cb.createQuery(Long.class);
		Root<Event> root = query.from(Event.class);
		Predicate where = specification.toPredicate(root, query, cb);
		query.select(root.get("id")).orderBy(QueryUtils.toOrders(pageable.getSort(), root, cb));
		if (where != null) {
			query.where(where);
		}
		TypedQuery<Long> ids = entities.createQuery(query);
		if (pageable.isPaged()) {
			ids.setFirstResult(Math.toIntExact(pageable.getOffset())).setMaxResults(pageable.getPageSize());
		}
		return PageableExecutionUtils.getPage(ids.getResultList(), pageable, () -> events.count(specification));
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
		return check(filter, versions.current());
	}

	private List<Long> check(EventFilter filter, long version) {
		List<InvalidValue> problems = new ArrayList<>();
		KnownNames known = knownAt(version);
		known.eras().unknown(filter.era()).ifPresent(problems::add);
		InvalidValue.unknownSlugs("actor", filter.actor(), known.actors()).ifPresent(problems::add);
		InvalidValue.unknownSlugs("grievance", filter.grievance(), known.grievances()).ifPresent(problems::add);
		InvalidValue.unknownSlugs("reference", filter.reference(), known.references()).ifPresent(problems::add);
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
		return known.eras().idsOf(filter.era());
	}

	/** The names a filter may use, read again only when the dataset's version has moved on. */
	private KnownNames knownAt(long version) {
		KnownNames names = known.get();
		if (names == null || names.version() < version) {
			names = new KnownNames(version, eras.all(), slugsOf(actors.findAll(Sort.by("slug")), Actor::getSlug),
					slugsOf(grievances.findAll(Sort.by("slug")), Grievance::getSlug), slugsOf(references.findAll(), Reference::getSlug));
			known.set(names);
		}
		return names;
	}

	private static <E> List<String> slugsOf(List<E> entities, Function<E, String> slug) {
		return entities.stream().map(slug).sorted().toList();
	}

	/** The eras, and the slugs of actors, grievances and references, in order, at one version of the dataset. */
	private record KnownNames(long version, Eras eras, List<String> actors, List<String> grievances,
			List<String> references) {
	}

	/** The slugs of the events before and after one event on the timeline. */
	public record Neighbours(String previous, String next) {
	}

}
