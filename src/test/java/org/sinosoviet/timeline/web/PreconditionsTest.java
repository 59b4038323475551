package org.sinosoviet.timeline.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.sinosoviet.timeline.failure.Echo;
import org.sinosoviet.timeline.web.Preconditions.PreconditionFailedException;
import org.sinosoviet.timeline.web.Preconditions.PreconditionRequiredException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The If-Match check every curator's write goes through, without a running service: a write without
 * If-Match is refused (428), one naming another version is refused (412), and the comparison is strong.
 */
class PreconditionsTest {

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "   ", "\t" })
	void aMissingOrBlankIfMatchIsRequired(String ifMatch) {
		assertThatThrownBy(() -> Preconditions.check(ifMatch, 7)).isInstanceOf(PreconditionRequiredException.class)
			.hasMessageContaining("If-Match");
	}

	@ParameterizedTest
	@ValueSource(strings = { "*", " * " })
	void aStarMatchesWhateverVersionIsThere(String ifMatch) {
		assertThatCode(() -> Preconditions.check(ifMatch, 7)).doesNotThrowAnyException();
		assertThatCode(() -> Preconditions.check(ifMatch, 123_456)).doesNotThrowAnyException();
	}

	@Test
	void theCurrentVersionsTagMatches() {
		assertThatCode(() -> Preconditions.check("\"v7-abc\"", 7)).doesNotThrowAnyException();
		assertThatCode(() -> Preconditions.check("\"v7\"", 7)).doesNotThrowAnyException();
	}

	@Test
	void aStaleTagFailsNamingTheCurrentVersion() {
		assertThatThrownBy(() -> Preconditions.check("\"v7-abc\"", 8)).isInstanceOf(PreconditionFailedException.class)
			.hasMessageContaining("\"v7-abc\"")
			.hasMessageContaining("current version of this resource, 8");
	}

	@Test
	void aTagOfALaterVersionFailsToo() {
		assertThatThrownBy(() -> Preconditions.check("\"v9-abc\"", 8)).isInstanceOf(PreconditionFailedException.class);
	}

	@Test
	void anyTagInAListMayMatch() {
		assertThatCode(() -> Preconditions.check("\"v1-x\", \"v7-y\"", 7)).doesNotThrowAnyException();
		assertThatCode(() -> Preconditions.check("\"v7-y\",\"v1-x\"", 7)).doesNotThrowAnyException();
		assertThatThrownBy(() -> Preconditions.check("\"v1-x\", \"v7-y\"", 8))
			.isInstanceOf(PreconditionFailedException.class);
	}

	@Test
	void aWeakTagNeverMatchesBecauseIfMatchComparesStrongly() {
		assertThatThrownBy(() -> Preconditions.check("W/\"v7-x\"", 7)).isInstanceOf(PreconditionFailedException.class);
		assertThatThrownBy(() -> Preconditions.check("W/\"v1-x\", W/\"v7-y\"", 7))
			.isInstanceOf(PreconditionFailedException.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "v7-abc", "\"7-abc\"", "\"V7-abc\"", "\"v-abc\"", "\"vseven\"", "garbage", "\"v7-abc",
			"**" })
	void aTagThatIsNotAVersionTagFails(String ifMatch) {
		assertThatThrownBy(() -> Preconditions.check(ifMatch, 7)).isInstanceOf(PreconditionFailedException.class);
	}

	@Test
	void aVersionTooLongForANumberFailsAsAMismatchNotAnError() {
		String nineteenDigits = "9".repeat(19);

		assertThatThrownBy(() -> Preconditions.check("\"v" + nineteenDigits + "-x\"", 7))
			.isInstanceOf(PreconditionFailedException.class);
	}

	@Test
	void garbageIsQuotedInTheMessageCutShort() {
		String garbage = "not-an-etag-" + "x".repeat(3000);

		assertThatThrownBy(() -> Preconditions.check(garbage, 7)).isInstanceOf(PreconditionFailedException.class)
			.hasMessageContaining("If-Match (" + Echo.of(garbage, 80) + ")")
			.hasMessageNotContaining("x".repeat(81))
			.satisfies(ex -> assertThat(ex.getMessage()).hasSizeLessThan(300));
	}

	@Test
	void shortGarbageIsQuotedWhole() {
		assertThatThrownBy(() -> Preconditions.check("garbage", 7)).isInstanceOf(PreconditionFailedException.class)
			.hasMessageStartingWith("If-Match (garbage) does not match");
	}

}
