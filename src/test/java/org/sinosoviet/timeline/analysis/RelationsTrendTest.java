package org.sinosoviet.timeline.analysis;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.sinosoviet.timeline.event.EventRepository.StartAndImpact;

import static org.assertj.core.api.Assertions.assertThat;

class RelationsTrendTest {

	@Test
	void countsEveryYearAndRunsTheIndex() {
		List<RelationsTrend.Year> years = RelationsTrend.tally(1949, 1952,
				List.of(start(1949, 1), start(1950, 2), start(1950, -1), start(1952, -2), start(1960, -2)));

		assertThat(years).containsExactly(new RelationsTrend.Year(1949, 1, 1, 1),
				new RelationsTrend.Year(1950, 2, 1, 2), new RelationsTrend.Year(1951, 0, 0, 2),
				new RelationsTrend.Year(1952, 1, -2, 0));
	}

	private static StartAndImpact start(int year, int impact) {
		return new StartAndImpact() {

			@Override
			public LocalDate getStartOn() {
				return LocalDate.of(year, 6, 1);
			}

			@Override
			public int getImpact() {
				return impact;
			}

		};
	}

}
