package org.sinosoviet.timeline.dataset;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class IdentifiersTest {

	@ParameterizedTest
	@ValueSource(strings = { "9780691135908", "0807849324", "0804714525", "080442957X" })
	void acceptsIsbnsWithTheRightCheckDigit(String isbn) {
		assertThat(Identifiers.isValidIsbn(isbn)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "9780691135909", "0807849325", "978-0691135908", "12345", "" })
	void refusesIsbnsWithAWrongCheckDigitOrForm(String isbn) {
		assertThat(Identifiers.isValidIsbn(isbn)).isFalse();
	}

}
