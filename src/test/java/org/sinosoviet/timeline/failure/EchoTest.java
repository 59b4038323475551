package org.sinosoviet.timeline.failure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EchoTest {

	@Test
	void repeatsShortInputAsItIs() {
		assertThat(Echo.of("khrushchev")).isEqualTo("khrushchev");
		assertThat(Echo.of(null)).isEqualTo("null");
		assertThat(Echo.of(12)).isEqualTo("12");
	}

	@Test
	void cutsLongInputToFortyCharactersWithAnEllipsis() {
		assertThat(Echo.of("x".repeat(3000))).isEqualTo("x".repeat(40) + "…");
		assertThat(Echo.of("y".repeat(100), 80)).isEqualTo("y".repeat(80) + "…");
	}

	@Test
	void cutsBetweenCharactersNeverInsideASurrogatePair() {
		String flags = "🇨🇳".repeat(30); // each flag is two code points, each code point two chars
		String echoed = Echo.of(flags);

		assertThat(echoed.codePointCount(0, echoed.length())).isEqualTo(41);
		assertThat(echoed.chars().filter(c -> Character.isSurrogate((char) c)).count()).isEqualTo(80);
		assertThat(Character.isHighSurrogate(echoed.charAt(echoed.length() - 2))).isFalse();
	}

}
