package org.sinosoviet.timeline.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.sinosoviet.timeline.failure.InvalidValue;
import org.sinosoviet.timeline.failure.InvalidValuesException;
import org.sinosoviet.timeline.failure.InvalidValuesException.Origin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What every write does with its body, without a running service: JSON Merge Patch (RFC 7396) applied to a
 * resource's current state, and every invalid field reported at once, with JSON read as the application reads
 * it ({@link RequestBodiesFixture}).
 */
class RequestBodiesTest {

	private final JsonMapper json = RequestBodiesFixture.jsonMapper();

	private final RequestBodies bodies = new RequestBodies(RequestBodiesFixture.validator(), json);

	private final Body current = new Body("Zhenbao Island clash", "first shots", new Place("Zhenbao", 46.5, 133.8),
			List.of("border", "military"));

	@Test
	void aFieldInThePatchReplacesThatField() {
		Body patched = bodies.mergePatch(current, patch("{\"title\": \"Damansky Island clash\"}"), Body.class);

		assertThat(patched).isEqualTo(new Body("Damansky Island clash", current.note(), current.place(), current.tags()));
	}

	@Test
	void aNullInThePatchRemovesTheField() {
		Body patched = bodies.mergePatch(current, patch("{\"note\": null}"), Body.class);

		assertThat(patched).isEqualTo(new Body(current.title(), null, current.place(), current.tags()));
	}

	@Test
	void aNestedObjectMergesKeyByKey() {
		Body patched = bodies.mergePatch(current, patch("{\"place\": {\"lat\": 46.49, \"lon\": null}}"), Body.class);

		assertThat(patched.place()).isEqualTo(new Place("Zhenbao", 46.49, null));
		assertThat(patched.title()).isEqualTo(current.title());
	}

	@Test
	void aNestedObjectWhereThereWasNoneIsSetAsSent() {
		Body withoutPlace = new Body("Title", null, null, List.of());

		Body patched = bodies.mergePatch(withoutPlace, patch("{\"place\": {\"name\": \"Moscow\"}}"), Body.class);

		assertThat(patched.place()).isEqualTo(new Place("Moscow", null, null));
	}

	@Test
	void anArrayIsReplacedWholeNotMerged() {
		Body patched = bodies.mergePatch(current, patch("{\"tags\": [\"diplomatic\"]}"), Body.class);

		assertThat(patched.tags()).containsExactly("diplomatic");
	}

	@Test
	void anEmptyPatchChangesNothing() {
		assertThat(bodies.mergePatch(current, patch("{}"), Body.class)).isEqualTo(current);
	}

	/** Named by its whole path, as a value of the wrong type is, so that a curator finds it in a nested object. */
	@Test
	void anUnknownFieldInANestedObjectIsNamedByItsPath() {
		InvalidValuesException refusal = refusalOf(() -> bodies.mergePatch(current,
				patch("{\"place\": {\"nmae\": \"x\"}}"), Body.class));

		assertThat(refusal.values()).singleElement().satisfies(value -> {
			assertThat(value.name()).isEqualTo("place.nmae");
			assertThat(value.accepted()).containsExactly("lat", "lon", "name");
		});
	}

	@Test
	void anUnknownFieldIsRefusedNamingItAndTheKnownFields() {
		InvalidValuesException refusal = refusalOf(() -> bodies.mergePatch(current, patch("{\"titel\": \"x\"}"),
				Body.class));

		assertThat(refusal.origin()).isEqualTo(Origin.BODY);
		assertThat(refusal.values()).singleElement().satisfies(value -> {
			assertThat(value.name()).isEqualTo("titel");
			assertThat(value.reason()).isEqualTo("is not a field of this resource");
			assertThat(value.accepted()).containsExactly("note", "place", "tags", "title");
		});
	}

	@Test
	void aValueOfTheWrongTypeIsRefusedNamingWhereItStood() {
		assertThat(refusalOf(() -> bodies.mergePatch(current, patch("{\"title\": 5}"), Body.class)).values())
			.containsExactly(new InvalidValue("title", "has the wrong type of value"));
		assertThat(refusalOf(() -> bodies.mergePatch(current, patch("{\"place\": {\"lat\": \"north\"}}"), Body.class))
			.values()).containsExactly(new InvalidValue("place.lat", "has the wrong type of value"));
		assertThat(refusalOf(() -> bodies.mergePatch(current, patch("{\"tags\": [\"a\", 7]}"), Body.class)).values())
			.containsExactly(new InvalidValue("tags[1]", "has the wrong type of value"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "[]", "[{\"title\": \"x\"}]", "\"title\"", "5", "null", "true" })
	void aPatchThatIsNotAJsonObjectIsRefused(String notAnObject) {
		InvalidValuesException refusal = refusalOf(() -> bodies.mergePatch(current, patch(notAnObject), Body.class));

		assertThat(refusal.origin()).isEqualTo(Origin.BODY);
		assertThat(refusal.values())
			.containsExactly(new InvalidValue("(body)", "a merge patch must be a JSON object"));
	}

	@Test
	void noPatchAtAllIsRefused() {
		assertThat(refusalOf(() -> bodies.mergePatch(current, null, Body.class)).values())
			.containsExactly(new InvalidValue("(body)", "a merge patch must be a JSON object"));
	}

	@Test
	void aValidBodyHasNoViolations() {
		assertThat(bodies.violations(current)).isEmpty();
		assertThatCode(() -> bodies.reject(bodies.violations(current))).doesNotThrowAnyException();
	}

	@Test
	void everyViolationIsReportedAtOnceInTheOrderOfItsPath() {
		Body bad = new Body(" ", "far too long a note", new Place("Zhenbao", 146.5, 133.8), List.of());

		List<InvalidValue> problems = bodies.violations(bad);

		assertThat(problems).extracting(InvalidValue::name).containsExactly("note", "place.lat", "title");
		assertThat(problems).allSatisfy(problem -> assertThat(problem.reason()).isNotBlank());
	}

	@Test
	void rejectRefusesTheBodyWithEveryProblem() {
		List<InvalidValue> problems = bodies.violations(new Body(null, "far too long a note", null, List.of()));

		InvalidValuesException refusal = refusalOf(() -> bodies.reject(problems));

		assertThat(refusal.origin()).isEqualTo(Origin.BODY);
		assertThat(refusal.values()).isEqualTo(problems).hasSize(2);
	}

	private JsonNode patch(String text) {
		return json.readTree(text);
	}

	private static InvalidValuesException refusalOf(ThrowingCallable call) {
		InvalidValuesException refusal = catchThrowableOfType(InvalidValuesException.class, call);
		assertThat(refusal).as("refused with InvalidValuesException").isNotNull();
		return refusal;
	}

	record Body(@NotBlank String title, @Size(max = 12) String note, @Valid Place place, List<String> tags) {
	}

	record Place(String name, @DecimalMax("90") Double lat, Double lon) {
	}

}
