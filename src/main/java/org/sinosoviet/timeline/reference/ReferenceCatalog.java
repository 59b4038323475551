package org.sinosoviet.timeline.reference;

import org.sinosoviet.timeline.dataset.Reference;
import org.sinosoviet.timeline.dataset.ReferenceRepository;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.sinosoviet.timeline.failure.InvalidValue;
import org.sinosoviet.timeline.failure.InvalidValuesException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds references. There are a few hundred, read-only, so a list is filtered and sorted in memory: by
 * the first author's name as written, then by date (undated last), then by slug; anonymous documents
 * come first.
 */
@Service
@Transactional(readOnly = true)
public class ReferenceCatalog {

	static final Comparator<Reference> ORDER = Comparator.comparing(Reference::sortName, String.CASE_INSENSITIVE_ORDER)
		.thenComparing(reference -> reference.getDate() == null ? null : reference.getDate().firstDay(),
				Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(Reference::getSlug);

	private final ReferenceRepository references;

	ReferenceCatalog(ReferenceRepository references) {
		this.references = references;
	}

	/** The references that match, in order, each with the number of events that cite it. */
	public List<Listed> find(ReferenceFilter filter) {
		if (filter.q() != null && filter.q().length() > ReferenceFilter.MAX_QUERY_LENGTH) {
			throw new InvalidValuesException(List.of(new InvalidValue("q",
					"is longer than " + ReferenceFilter.MAX_QUERY_LENGTH + " characters")));
		}
		Map<Long, Long> counts = references.countCitingEvents()
			.stream()
			.collect(Collectors.toMap(ReferenceRepository.CitedCount::getReferenceId,
					ReferenceRepository.CitedCount::getEvents));
		return references.findAll()
			.stream()
			.filter(filter::matches)
			.sorted(ORDER)
			.map(reference -> new Listed(reference, counts.getOrDefault(reference.getId(), 0L).intValue()))
			.toList();
	}

	/** One reference with the events that cite it. */
	public Optional<Detailed> findBySlug(String slug) {
		return references.findBySlug(slug)
			.map(reference -> new Detailed(reference, references.findCitingEvents(reference.getId())));
	}

	public record Listed(Reference reference, int eventCount) {
	}

	public record Detailed(Reference reference, List<ReferenceRepository.CitingEvent> citingEvents) {
	}

}
