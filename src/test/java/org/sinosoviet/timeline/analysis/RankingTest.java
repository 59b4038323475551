package org.sinosoviet.timeline.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.sinosoviet.timeline.analysis.Cause.GrievanceRef;
import org.sinosoviet.timeline.chronology.HistoricalDate;
import org.sinosoviet.timeline.dataset.GrievanceCategory;
import org.sinosoviet.timeline.dataset.HeldBy;

import static org.assertj.core.api.Assertions.assertThat;

class RankingTest {

	private static final GrievanceRef BORDER = new GrievanceRef("border", "Border", GrievanceCategory.TERRITORY,
			HeldBy.BOTH);

	private static final GrievanceRef AID = new GrievanceRef("aid", "Aid", GrievanceCategory.ECONOMY, HeldBy.PRC);

	private static final GrievanceRef MONGOLIA = new GrievanceRef("mongolia", "Mongolia",
			GrievanceCategory.TERRITORY, HeldBy.PRC);

	@Test
	void weighsEachEventByHowMuchItWorsenedRelations() {
		assertThat(SplitScore.weightOf(-2)).isEqualTo(3);
		assertThat(SplitScore.weightOf(-1)).isEqualTo(2);
		assertThat(SplitScore.weightOf(0)).isEqualTo(1);
		assertThat(SplitScore.weightOf(1)).isZero();
		assertThat(SplitScore.weightOf(2)).isZero();
	}

	@Test
	void ranksByScoreAndReportsTheEvidence() {
		List<Cause> causes = Ranking.causes(List.of(link("aid", "treaty", "1950-02-14", 2, "stalin", 1),
				link("border", "zhenbao", "1969-03-02", -2, "brezhnev", 3),
				link("aid", "advisers", "1960-07-16", -2, "khrushchev", 2),
				link("border", "talks", "1969-09-11", 1, "brezhnev", 3)), Map.of("aid", AID, "border", BORDER));

		assertThat(causes).extracting(cause -> cause.grievance().slug()).containsExactly("aid", "border");
		Cause aid = causes.get(0);
		assertThat(aid.rank()).isEqualTo(1);
		assertThat(aid.score()).isEqualTo(3);
		assertThat(aid.eventCount()).isEqualTo(2);
		assertThat(aid.firstSeen()).hasToString("1950-02-14");
		assertThat(aid.lastSeen()).hasToString("1960-07-16");
		assertThat(aid.eras()).containsExactly("stalin", "khrushchev");
		assertThat(aid.evidence()).containsExactly("treaty", "advisers");
	}

	@Test
	void breaksTiesByEventCountThenFirstSeenThenSlug() {
		List<Cause> byCount = Ranking.causes(List.of(link("aid", "a", "1960", -2, "khrushchev", 2),
				link("border", "b", "1969", -1, "brezhnev", 3), link("border", "c", "1970", 0, "brezhnev", 3)),
				Map.of("aid", AID, "border", BORDER));
		assertThat(byCount).extracting(cause -> cause.grievance().slug()).containsExactly("border", "aid");

		List<Cause> byFirstSeen = Ranking.causes(List.of(link("border", "b", "1960", -1, "khrushchev", 2),
				link("aid", "a", "1955", -1, "khrushchev", 2)), Map.of("aid", AID, "border", BORDER));
		assertThat(byFirstSeen).extracting(cause -> cause.grievance().slug()).containsExactly("aid", "border");

		List<Cause> bySlug = Ranking.causes(List.of(link("border", "b", "1960", -1, "khrushchev", 2),
				link("aid", "a", "1960", -1, "khrushchev", 2)), Map.of("aid", AID, "border", BORDER));
		assertThat(bySlug).extracting(cause -> cause.grievance().slug()).containsExactly("aid", "border");
	}

	@Test
	void lastSeenIsTheLatestDayAnyEvidenceDenotes() {
		EvidenceLink span = new EvidenceLink("border", "conflict", HistoricalDate.parse("1969-03-02"),
				HistoricalDate.parse("1969-09-11"), LocalDate.of(1969, 9, 11), -2, "brezhnev", 3);
		EvidenceLink later = link("border", "clash", "1969-08-13", -2, "brezhnev", 3);

		Cause cause = Ranking.causes(List.of(span, later), Map.of("border", BORDER)).get(0);

		assertThat(cause.lastSeen()).hasToString("1969-09-11");
	}

	@Test
	void categoryScoresAreTheSumsOfTheirGrievances() {
		List<Cause> causes = Ranking.causes(List.of(link("aid", "a", "1960", -2, "khrushchev", 2),
				link("border", "b", "1969", -1, "brezhnev", 3), link("mongolia", "c", "1966", -1, "brezhnev", 3)),
				Map.of("aid", AID, "border", BORDER, "mongolia", MONGOLIA));

		List<CategoryCauses> categories = Ranking.categories(causes);

		assertThat(categories).extracting(CategoryCauses::category)
			.containsExactly(GrievanceCategory.TERRITORY, GrievanceCategory.ECONOMY);
		assertThat(categories.get(0).score()).isEqualTo(4);
		// equal scores and counts: Mongolia (1966) was seen before the border (1969)
		assertThat(categories.get(0).grievances()).extracting(c -> c.grievance().slug())
			.containsExactly("mongolia", "border");
		assertThat(categories).extracting(CategoryCauses::rank).containsExactly(1, 2);
	}

	@Test
	void leavesOutGrievancesNotAskedFor() {
		List<Cause> causes = Ranking.causes(List.of(link("aid", "a", "1960", -2, "khrushchev", 2)),
				Map.of("border", BORDER));

		assertThat(causes).isEmpty();
	}

	private static EvidenceLink link(String grievance, String event, String start, int impact, String era,
			int eraSequence) {
		HistoricalDate date = HistoricalDate.parse(start);
		return new EvidenceLink(grievance, event, date, null, date.lastDay(), impact, era, eraSequence);
	}

}
