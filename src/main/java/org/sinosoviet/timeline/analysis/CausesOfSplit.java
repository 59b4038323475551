package org.sinosoviet.timeline.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sinosoviet.timeline.analysis.Cause.GrievanceRef;
import org.sinosoviet.timeline.chronology.HistoricalDate;
import org.sinosoviet.timeline.dataset.EraRepository;
import org.sinosoviet.timeline.event.EventRepository;
import org.sinosoviet.timeline.dataset.Grievance;
import org.sinosoviet.timeline.dataset.GrievanceRepository;
import org.sinosoviet.timeline.failure.InvalidValue;
import org.sinosoviet.timeline.failure.InvalidValuesException;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Why did they split? Ranks the grievances by the evidence events that fall in the period asked about,
 * each weighted by how much it worsened relations ({@link SplitScore}).
 */
@Service
@Transactional(readOnly = true)
public class CausesOfSplit {

	private final EventRepository events;

	private final GrievanceRepository grievances;

	private final EraRepository eras;

	CausesOfSplit(EventRepository events, GrievanceRepository grievances, EraRepository eras) {
		this.events = events;
		this.grievances = grievances;
		this.eras = eras;
	}

	public List<Cause> rank(CauseFilter filter) {
		List<Cause> ranked = rankAll(filter);
		return filter.limit() == null ? ranked : ranked.stream().limit(filter.limit()).toList();
	}

	public List<CategoryCauses> rankCategories(CauseFilter filter) {
		List<CategoryCauses> categories = Ranking.categories(rankAll(filter));
		return filter.limit() == null ? categories : categories.stream().limit(filter.limit()).toList();
	}

	private List<Cause> rankAll(CauseFilter filter) {
		check(filter);
		List<EvidenceLink> links = events
			.findEvidence(filter.from() == null ? EventRepository.FOREVER_START : filter.from().firstDay(),
					filter.to() == null ? EventRepository.FOREVER_END : filter.to().lastDay())
			.stream()
			.map(EvidenceLink::from)
			.filter(link -> filter.era().isEmpty() || filter.era().contains(link.era()))
			.toList();
		Map<String, GrievanceRef> selected = new LinkedHashMap<>();
		for (Grievance grievance : grievances.findAll(Sort.by("slug"))) {
			if ((filter.category().isEmpty() || filter.category().contains(grievance.getCategory()))
					&& (filter.heldBy().isEmpty() || filter.heldBy().contains(grievance.getHeldBy()))) {
				selected.put(grievance.getSlug(), new GrievanceRef(grievance.getSlug(), grievance.getTitle(),
						grievance.getCategory(), grievance.getHeldBy()));
			}
		}
		return Ranking.causes(links, selected);
	}

	private void check(CauseFilter filter) {
		List<InvalidValue> problems = new ArrayList<>();
		if (!filter.era().isEmpty()) {
			eras.all().unknown(filter.era()).ifPresent(problems::add);
		}
		HistoricalDate from = filter.from();
		HistoricalDate to = filter.to();
		if (from != null && to != null && from.firstDay().isAfter(to.lastDay())) {
			problems.add(new InvalidValue("from", "from " + from + " is after to " + to));
		}
		if (filter.limit() != null && (filter.limit() < 1 || filter.limit() > CauseFilter.MAX_LIMIT)) {
			problems.add(new InvalidValue("limit", "must be between 1 and " + CauseFilter.MAX_LIMIT));
		}
		if (!problems.isEmpty()) {
			throw new InvalidValuesException(problems);
		}
	}

}
