package org.sinosoviet.timeline.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.sinosoviet.timeline.analysis.Cause.GrievanceRef;
import org.sinosoviet.timeline.chronology.HistoricalDate;
import org.sinosoviet.timeline.dataset.GrievanceCategory;

/**
 * The ranking rules, kept apart from the database so that they can be checked on their own.
 * <p>
 * Causes are ordered by score (highest first); ties go to the grievance with more evidence events, then
 * to the one seen earlier, then to the slug in alphabetical order. Categories are ordered by summed
 * score, then by how many of their grievances are ranked, then by the category's code.
 */
final class Ranking {

	static final Comparator<Cause> CAUSE_ORDER = Comparator.comparingInt(Cause::score)
		.reversed()
		.thenComparing(Comparator.comparingInt(Cause::eventCount).reversed())
		.thenComparing(Cause::firstSeen)
		.thenComparing(cause -> cause.grievance().slug());

	private Ranking() {
	}

	/**
	 * Ranks the grievances that have evidence among the links. Links are expected in chronological order
	 * of their events; grievances missing from {@code grievances} are left out.
	 */
	static List<Cause> causes(List<EvidenceLink> links, Map<String, GrievanceRef> grievances) {
		Map<String, List<EvidenceLink>> byGrievance = new LinkedHashMap<>();
		for (EvidenceLink link : links) {
			if (grievances.containsKey(link.grievance())) {
				byGrievance.computeIfAbsent(link.grievance(), key -> new ArrayList<>()).add(link);
			}
		}
		List<Cause> causes = new ArrayList<>();
		byGrievance.forEach((slug, evidence) -> causes.add(causeOf(grievances.get(slug), evidence)));
		causes.sort(CAUSE_ORDER);
		List<Cause> ranked = new ArrayList<>(causes.size());
		for (int i = 0; i < causes.size(); i++) {
			ranked.add(causes.get(i).withRank(i + 1));
		}
		return ranked;
	}

	static List<CategoryCauses> categories(List<Cause> ranked) {
		Map<GrievanceCategory, List<Cause>> byCategory = ranked.stream()
			.collect(Collectors.groupingBy(cause -> cause.grievance().category(), LinkedHashMap::new,
					Collectors.toList()));
		List<CategoryCauses> categories = new ArrayList<>();
		byCategory.forEach((category, causes) -> categories.add(new CategoryCauses(0, category,
				causes.stream().mapToInt(Cause::score).sum(), causes)));
		categories.sort(Comparator.comparingInt(CategoryCauses::score)
			.reversed()
			.thenComparing(Comparator.comparingInt((CategoryCauses c) -> c.grievances().size()).reversed())
			.thenComparing(c -> c.category().code()));
		List<CategoryCauses> numbered = new ArrayList<>(categories.size());
		for (int i = 0; i < categories.size(); i++) {
			CategoryCauses c = categories.get(i);
			numbered.add(new CategoryCauses(i + 1, c.category(), c.score(), c.grievances()));
		}
		return numbered;
	}

	private static Cause causeOf(GrievanceRef grievance, List<EvidenceLink> evidence) {
		int score = evidence.stream().mapToInt(link -> SplitScore.weightOf(link.impact())).sum();
		HistoricalDate firstSeen = evidence.stream().map(EvidenceLink::start).min(Comparator.naturalOrder()).orElseThrow();
		HistoricalDate lastSeen = evidence.stream()
			.max(Comparator.comparing(EvidenceLink::lastDay).thenComparing(EvidenceLink::latest))
			.map(EvidenceLink::latest)
			.orElseThrow();
		Map<Integer, String> eras = new TreeMap<>();
		evidence.forEach(link -> eras.put(link.eraSequence(), link.era()));
		List<String> slugs = evidence.stream().map(EvidenceLink::event).distinct().toList();
		return new Cause(0, grievance, score, slugs.size(), firstSeen, lastSeen, List.copyOf(eras.values()), slugs);
	}

}
