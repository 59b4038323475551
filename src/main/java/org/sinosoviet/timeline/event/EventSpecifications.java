package org.sinosoviet.timeline.event;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.sinosoviet.timeline.dataset.Grievance;

import org.springframework.data.jpa.domain.Specification;

/**
 * Turns an {@link EventFilter} into one query. Links to actors and grievances are tested with
 * {@code EXISTS} subqueries, so an event matches once however many of its links match.
 */
final class EventSpecifications {

	private EventSpecifications() {
	}

	/** @param eraIds the ids of the eras the filter names (compared by id, the foreign key is indexed) */
	static Specification<Event> matching(EventFilter filter, Collection<Long> eraIds) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (!filter.era().isEmpty()) {
				predicates.add(root.get("era").get("id").in(eraIds));
			}
			if (!filter.actor().isEmpty()) {
				Subquery<Long> takesPart = query.subquery(Long.class);
				Root<Participation> participation = takesPart.from(Participation.class);
				takesPart.select(participation.get("id"))
					.where(cb.equal(participation.get("event"), root),
							participation.get("actor").get("slug").in(filter.actor()));
				predicates.add(cb.exists(takesPart));
			}
			if (!filter.grievance().isEmpty()) {
				predicates.add(cb.exists(evidencing(root, query.subquery(Long.class), cb,
						grievance -> grievance.get("slug").in(filter.grievance()))));
			}
			if (!filter.category().isEmpty()) {
				predicates.add(cb.exists(evidencing(root, query.subquery(Long.class), cb,
						grievance -> grievance.get("category").in(filter.category()))));
			}
			if (!filter.reference().isEmpty()) {
				Subquery<Long> cites = query.subquery(Long.class);
				Root<EventCitation> citation = cites.from(EventCitation.class);
				cites.select(citation.get("id"))
					.where(cb.equal(citation.get("event"), root),
							citation.get("reference").get("slug").in(filter.reference()));
				predicates.add(cb.exists(cites));
			}
			if (!filter.type().isEmpty()) {
				predicates.add(root.get("type").in(filter.type()));
			}
			if (filter.from() != null) {
				predicates.add(cb.greaterThanOrEqualTo(root.get("lastDay"), filter.from().firstDay()));
			}
			if (filter.to() != null) {
				predicates.add(cb.lessThanOrEqualTo(root.get("startOn"), filter.to().lastDay()));
			}
			if (filter.q() != null) {
				String pattern = "%" + escapeLike(filter.q().toLowerCase(Locale.ROOT)) + "%";
				predicates.add(cb.or(cb.like(cb.lower(root.get("title")), pattern, '\\'),
						cb.like(cb.lower(root.get("summary")), pattern, '\\'),
						cb.like(cb.lower(root.get("notes")), pattern, '\\')));
			}
			if (!filter.impact().isEmpty()) {
				predicates.add(cb.or(filter.impact()
					.stream()
					.map(level -> cb.between(root.<Integer>get("impact"), level.min(), level.max()))
					.toArray(Predicate[]::new)));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	static Specification<Event> inEra(String eraSlug) {
		return (root, query, cb) -> cb.equal(root.get("era").get("slug"), eraSlug);
	}

	static Specification<Event> withActor(String actorSlug) {
		return (root, query, cb) -> {
			Subquery<Long> takesPart = query.subquery(Long.class);
			Root<Participation> participation = takesPart.from(Participation.class);
			takesPart.select(participation.get("id"))
				.where(cb.equal(participation.get("event"), root),
						cb.equal(participation.get("actor").get("slug"), actorSlug));
			return cb.exists(takesPart);
		};
	}

	private static Subquery<Long> evidencing(Root<Event> root, Subquery<Long> subquery, CriteriaBuilder cb,
			java.util.function.Function<Join<Event, Grievance>, Predicate> condition) {
		Root<Event> same = subquery.correlate(root);
		Join<Event, Grievance> grievance = same.join("grievances");
		return subquery.select(grievance.get("id")).where(condition.apply(grievance));
	}

	/** {@code %} and {@code _} in what a client searches for are literal characters, not wildcards. */
	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
