package org.sinosoviet.timeline.curation.web;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.sinosoviet.timeline.curation.Curated;
import org.sinosoviet.timeline.curation.DatasetChanged;
import org.sinosoviet.timeline.curation.Editor;
import org.sinosoviet.timeline.failure.ConflictException;
import org.sinosoviet.timeline.failure.InvalidValue;
import org.sinosoviet.timeline.failure.InvalidValuesException;
import org.sinosoviet.timeline.failure.NotFoundException;
import org.sinosoviet.timeline.web.Preconditions.PreconditionFailedException;
import org.sinosoviet.timeline.web.Preconditions.PreconditionRequiredException;
import org.sinosoviet.timeline.web.RequestBodiesFixture;
import org.sinosoviet.timeline.web.SlugRule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The write path every curated resource shares (create, replace, patch, delete), without a Spring context or
 * a database: an editor over a map stands for the resource, and the events published are captured. What is
 * checked is what a curator would notice: which writes are refused and why, that a refused write changes
 * nothing, and that only a real change makes a new version of the dataset.
 */
class CuratedWritesTest {

	private static final String SLUG = "zhenbao-island-clash";

	private final JsonMapper json = RequestBodiesFixture.jsonMapper();

	private final List<Object> published = new ArrayList<>();

	private final CuratedWrites writes = new CuratedWrites(RequestBodiesFixture.requestBodies(), published::add);

	private final NoteEditor editor = new NoteEditor("event");

	private final CuratedWrites.Resource<NoteInput, NoteDraft, Note> resource = resourceOf(editor);

	@Test
	void createStoresTheDraftAndAnnouncesTheChange() {
		String answer = writes.create(resource, new NoteInput(SLUG, "First shots", List.of("border")), Note::text);

		assertThat(answer).isEqualTo("First shots");
		assertThat(editor.created).containsExactly(new NoteDraft(SLUG, "First shots", List.of("border")));
		assertThat(editor.find(SLUG)).isPresent();
		assertThat(published).containsExactly(new DatasetChanged("event " + SLUG));
	}

	@Test
	void creatingATakenSlugConflictsWithAnArticleThatFitsTheKind() {
		editor.store(SLUG, "First shots", 1);

		assertThatThrownBy(() -> writes.create(resource, new NoteInput(SLUG, "Other", List.of()), Note::text))
			.isInstanceOf(ConflictException.class)
			.hasMessage("There is already an event '" + SLUG + "'.");
		assertThat(editor.created).isEmpty();
		assertThat(published).isEmpty();

		NoteEditor grievances = new NoteEditor("grievance");
		grievances.store("border-dispute", "The border", 1);
		assertThatThrownBy(() -> writes.create(resourceOf(grievances), new NoteInput("border-dispute", "x", List.of()),
				Note::text))
			.isInstanceOf(ConflictException.class)
			.hasMessage("There is already a grievance 'border-dispute'.");
	}

	@Test
	void creatingWithoutASlugIsRefusedNamingTheSlug() {
		InvalidValuesException refusal = refusalOf(
				() -> writes.create(resource, new NoteInput(null, "First shots", List.of()), Note::text));

		assertThat(refusal.values()).containsExactly(new InvalidValue("slug", "is required"));
		assertThat(editor.created).isEmpty();
		assertThat(published).isEmpty();
	}

	@Test
	void creatingWithABlankSlugIsRefusedNamingTheSlug() {
		InvalidValuesException refusal = refusalOf(
				() -> writes.create(resource, new NoteInput(" ", "First shots", List.of()), Note::text));

		assertThat(refusal.values()).extracting(InvalidValue::name).isNotEmpty().containsOnly("slug");
		assertThat(refusal.values()).contains(new InvalidValue("slug", "is required"));
		assertThat(editor.created).isEmpty();
	}

	@Test
	void everyProblemWithABodyIsReportedAtOnceConstraintsFirst() {
		InvalidValuesException refusal = refusalOf(
				() -> writes.create(resource, new NoteInput(SLUG, " ", List.of("Not-A-Tag")), Note::text));

		assertThat(refusal.values()).extracting(InvalidValue::name).containsExactly("text", "tags");
		assertThat(editor.created).isEmpty();
		assertThat(published).isEmpty();
	}

	@Test
	void replacingOrPatchingAnUnknownSlugIsNotFound() {
		assertThatThrownBy(() -> writes.replace(resource, "no-such-event", new NoteInput(null, "x", List.of()),
				"\"v1-abc\"", Note::text))
			.isInstanceOf(NotFoundException.class)
			.hasMessage("There is no event 'no-such-event'.");
		assertThatThrownBy(() -> writes.patch(resource, "no-such-event", patch("{}"), "*", Note::text))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> writes.delete(resource, "no-such-event", "*")).isInstanceOf(NotFoundException.class);
		assertThat(editor.writes()).isZero();
		assertThat(published).isEmpty();
	}

	@Test
	void aWriteWithoutIfMatchIsRefusedBeforeItsBodyIsLookedAt() {
		editor.store(SLUG, "First shots", 3);
		NoteInput invalid = new NoteInput("another-slug", " ", List.of("Not-A-Tag"));

		assertThatThrownBy(() -> writes.replace(resource, SLUG, invalid, null, Note::text))
			.isInstanceOf(PreconditionRequiredException.class);
		assertThatThrownBy(() -> writes.patch(resource, SLUG, patch("{\"text\": \"Changed\"}"), null, Note::text))
			.isInstanceOf(PreconditionRequiredException.class);
		assertThatThrownBy(() -> writes.delete(resource, SLUG, null)).isInstanceOf(PreconditionRequiredException.class);
		assertThat(editor.writes()).isZero();
		assertThat(editor.find(SLUG).orElseThrow().text()).isEqualTo("First shots");
		assertThat(published).isEmpty();
	}

	@Test
	void aStaleIfMatchChangesNothing() {
		editor.store(SLUG, "First shots", 3);
		String stale = "\"v2-abc\"";

		assertThatThrownBy(() -> writes.replace(resource, SLUG, new NoteInput(SLUG, "Changed", List.of()), stale,
				Note::text))
			.isInstanceOf(PreconditionFailedException.class);
		assertThatThrownBy(() -> writes.patch(resource, SLUG, patch("{\"text\": \"Changed\"}"), stale, Note::text))
			.isInstanceOf(PreconditionFailedException.class);
		assertThatThrownBy(() -> writes.delete(resource, SLUG, stale)).isInstanceOf(PreconditionFailedException.class);
		assertThat(editor.writes()).isZero();
		assertThat(editor.find(SLUG).orElseThrow().text()).isEqualTo("First shots");
		assertThat(published).isEmpty();
	}

	@Test
	void changingTheSlugInAPutIsRefusedNamingTheSlug() {
		editor.store(SLUG, "First shots", 3);

		InvalidValuesException refusal = refusalOf(() -> writes.replace(resource, SLUG,
				new NoteInput("damansky-island-clash", "Changed", List.of()), "\"v3-abc\"", Note::text));

		assertThat(refusal.values()).extracting(InvalidValue::name).containsExactly("slug");
		assertThat(refusal.values().get(0).reason()).contains("cannot change", SLUG);
		assertThat(editor.replaced).isEmpty();
		assertThat(published).isEmpty();
	}

	@Test
	void changingOrRemovingTheSlugInAPatchIsRefusedNamingTheSlug() {
		editor.store(SLUG, "First shots", 3);

		for (String change : List.of("{\"slug\": \"damansky-island-clash\"}", "{\"slug\": null}")) {
			InvalidValuesException refusal = refusalOf(
					() -> writes.patch(resource, SLUG, patch(change), "\"v3-abc\"", Note::text));

			assertThat(refusal.values()).as(change).extracting(InvalidValue::name).containsExactly("slug");
		}
		assertThat(editor.replaced).isEmpty();
		assertThat(published).isEmpty();
	}

	@Test
	void aPutWithoutASlugKeepsTheOneInThePath() {
		editor.store(SLUG, "First shots", 3);

		writes.replace(resource, SLUG, new NoteInput(null, "Changed", List.of()), "\"v3-abc\"", Note::text);

		assertThat(editor.replaced).containsExactly(new NoteDraft(SLUG, "Changed", List.of()));
	}

	@Test
	void aPutOfWhatIsThereWritesNothingAndChangesNoVersion() {
		editor.store(SLUG, "First shots", 3, List.of("border"));

		String answer = writes.replace(resource, SLUG, new NoteInput(SLUG, "First shots", List.of("border")),
				"\"v3-abc\"", Note::text);

		assertThat(answer).isEqualTo("First shots");
		assertThat(editor.replaced).isEmpty();
		assertThat(published).isEmpty();
	}

	@Test
	void anEmptyMergePatchWritesNothingAndChangesNoVersion() {
		editor.store(SLUG, "First shots", 3, List.of("border"));

		String answer = writes.patch(resource, SLUG, patch("{}"), "\"v3-abc\"", Note::text);

		assertThat(answer).isEqualTo("First shots");
		assertThat(editor.replaced).isEmpty();
		assertThat(published).isEmpty();
	}

	@Test
	void aPatchThatSetsWhatIsThereWritesNothing() {
		editor.store(SLUG, "First shots", 3, List.of("border"));

		writes.patch(resource, SLUG, patch("{\"text\": \"First shots\", \"tags\": [\"border\"]}"), "\"v3-abc\"",
				Note::text);

		assertThat(editor.replaced).isEmpty();
		assertThat(published).isEmpty();
	}

	@Test
	void aRealPutReplacesOnceAnnouncesOnceAndAnswersWithTheNewState() {
		editor.store(SLUG, "First shots", 3, List.of("border"));

		String answer = writes.replace(resource, SLUG, new NoteInput(SLUG, "Changed", List.of("border")),
				"\"v3-abc\"", Note::text);

		assertThat(editor.replaced).containsExactly(new NoteDraft(SLUG, "Changed", List.of("border")));
		assertThat(published).containsExactly(new DatasetChanged("event " + SLUG));
		assertThat(answer).isEqualTo("Changed");
	}

	@Test
	void aRealPatchReplacesOnceWithTheMergedContentAndAnnouncesOnce() {
		editor.store(SLUG, "First shots", 3, List.of("border"));

		String answer = writes.patch(resource, SLUG, patch("{\"tags\": [\"military\", \"border\"]}"), "*",
				Note::text);

		assertThat(editor.replaced).containsExactly(new NoteDraft(SLUG, "First shots", List.of("military", "border")));
		assertThat(published).containsExactly(new DatasetChanged("event " + SLUG));
		assertThat(answer).isEqualTo("First shots");
	}

	@Test
	void aPatchThatMakesTheBodyInvalidIsRefusedAndWritesNothing() {
		editor.store(SLUG, "First shots", 3);

		InvalidValuesException refusal = refusalOf(
				() -> writes.patch(resource, SLUG, patch("{\"text\": null}"), "\"v3-abc\"", Note::text));

		assertThat(refusal.values()).extracting(InvalidValue::name).containsExactly("text");
		assertThat(editor.replaced).isEmpty();
		assertThat(published).isEmpty();
	}

	@Test
	void deleteWithTheCurrentIfMatchDeletesOnceAndAnnouncesOnce() {
		editor.store(SLUG, "First shots", 3);

		writes.delete(resource, SLUG, "\"v3-abc\"");

		assertThat(editor.deleted).containsExactly(SLUG);
		assertThat(editor.find(SLUG)).isEmpty();
		assertThat(published).containsExactly(new DatasetChanged("event " + SLUG));
	}

	private JsonNode patch(String text) {
		return json.readTree(text);
	}

	private static CuratedWrites.Resource<NoteInput, NoteDraft, Note> resourceOf(NoteEditor editor) {
		return new CuratedWrites.Resource<>(NoteInput.class, NoteInput::slug, NoteInput::from, NoteInput::toDraft,
				editor);
	}

	private static InvalidValuesException refusalOf(ThrowingCallable write) {
		InvalidValuesException refusal = catchThrowableOfType(InvalidValuesException.class, write);
		assertThat(refusal).as("refused with InvalidValuesException").isNotNull();
		return refusal;
	}

	/** The body a curator sends: a slug, a text that must show something, and tags parsed by hand. */
	record NoteInput(@Pattern(regexp = SlugRule.PATTERN, message = SlugRule.MESSAGE) String slug,
			@NotBlank String text, List<String> tags) {

		static NoteInput from(NoteDraft draft) {
			return new NoteInput(draft.slug(), draft.text(), draft.tags());
		}

		/** What Bean Validation cannot check: every tag is a lower-case word. */
		NoteDraft toDraft(String slugToUse, List<InvalidValue> problems) {
			List<String> parsed = tags == null ? List.of() : List.copyOf(tags);
			if (parsed.stream().anyMatch(tag -> !tag.matches("[a-z]+"))) {
				problems.add(new InvalidValue("tags", "must be lower-case words"));
			}
			return problems.isEmpty() ? new NoteDraft(slugToUse, text, parsed) : null;
		}

	}

	record NoteDraft(String slug, String text, List<String> tags) {
	}

	/** A stored resource; its version is JPA's to set, so the test sets it as JPA would. */
	static final class Note extends Curated {

		private final String slug;

		private String text;

		private List<String> tags;

		Note(String slug, String text, List<String> tags, long version) {
			this.slug = slug;
			this.text = text;
			this.tags = tags;
			try {
				Field field = Curated.class.getDeclaredField("version");
				field.setAccessible(true);
				field.setLong(this, version);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}

		String text() {
			return text;
		}

	}

	/** An editor over a map that records every write it is asked for. */
	static final class NoteEditor implements Editor<NoteDraft, Note> {

		private final String kind;

		private final Map<String, Note> stored = new LinkedHashMap<>();

		final List<NoteDraft> created = new ArrayList<>();

		final List<NoteDraft> replaced = new ArrayList<>();

		final List<String> deleted = new ArrayList<>();

		NoteEditor(String kind) {
			this.kind = kind;
		}

		void store(String slug, String text, long version) {
			store(slug, text, version, List.of());
		}

		void store(String slug, String text, long version, List<String> tags) {
			stored.put(slug, new Note(slug, text, tags, version));
		}

		int writes() {
			return created.size() + replaced.size() + deleted.size();
		}

		@Override
		public String kind() {
			return kind;
		}

		@Override
		public Optional<Note> find(String slug) {
			return Optional.ofNullable(stored.get(slug));
		}

		@Override
		public NoteDraft draftOf(Note note) {
			return new NoteDraft(note.slug, note.text, note.tags);
		}

		@Override
		public Note create(NoteDraft draft) {
			created.add(draft);
			Note note = new Note(draft.slug(), draft.text(), draft.tags(), 0);
			stored.put(draft.slug(), note);
			return note;
		}

		@Override
		public void replace(Note note, NoteDraft draft) {
			replaced.add(draft);
			note.text = draft.text();
			note.tags = draft.tags();
		}

		@Override
		public void delete(Note note) {
			deleted.add(note.slug);
			stored.remove(note.slug);
		}

	}

}
