package org.sinosoviet.timeline.chronology;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HistoricalDateTest {

	@ParameterizedTest
	@CsvSource({ "1960, 1960-01-01, YEAR, 1960-12-31", "1960-07, 1960-07-01, MONTH, 1960-07-31",
			"1960-02, 1960-02-01, MONTH, 1960-02-29", "1969-03-02, 1969-03-02, DAY, 1969-03-02" })
	void parsesEachPrecisionAsTheIntervalItDenotes(String text, LocalDate first, Precision precision,
			LocalDate last) {
		HistoricalDate date = HistoricalDate.parse(text);

		assertThat(date.firstDay()).isEqualTo(first);
		assertThat(date.precision()).isEqualTo(precision);
		assertThat(date.lastDay()).isEqualTo(last);
		assertThat(date).hasToString(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "1969-02-30", "1969-13", "1969-00-10", "0000", "69", "1969/03/02", "1969-3-2",
			"March 1969", "1969-03-02T00:00", " ", "19690302" })
	void refusesWhatIsNotADateInTheCalendar(String text) {
		assertThatThrownBy(() -> HistoricalDate.parse(text)).isInstanceOf(InvalidDateException.class);
	}

	@Test
	void neverInventsADayOrMonth() {
		assertThat(HistoricalDate.parse("1960").toString()).isEqualTo("1960");
		assertThat(HistoricalDate.of(LocalDate.of(1960, 1, 1), Precision.YEAR).toString()).isEqualTo("1960");
	}

	@Test
	void refusesAFirstDayThatDoesNotStartItsPrecision() {
		assertThatThrownBy(() -> HistoricalDate.of(LocalDate.of(1960, 7, 16), Precision.MONTH))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> HistoricalDate.of(LocalDate.of(1960, 7, 1), Precision.YEAR))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void sortsByTheFirstDayItCanDenote() {
		assertThat(HistoricalDate.parse("1960")).isLessThan(HistoricalDate.parse("1960-01-02"));
		assertThat(HistoricalDate.parse("1960-07")).isLessThan(HistoricalDate.parse("1960-07-16"));
		assertThat(HistoricalDate.parse("1959-12-31")).isLessThan(HistoricalDate.parse("1960"));
	}

}
