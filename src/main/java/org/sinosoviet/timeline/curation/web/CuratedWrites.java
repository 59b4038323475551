package org.sinosoviet.timeline.curation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.sinosoviet.timeline.curation.Curated;
import org.sinosoviet.timeline.curation.DatasetChanged;
import org.sinosoviet.timeline.curation.Editor;
import org.sinosoviet.timeline.failure.ConflictException;
import org.sinosoviet.timeline.failure.InvalidValue;
import org.sinosoviet.timeline.failure.NotFoundException;
import org.sinosoviet.timeline.web.Preconditions;
import org.sinosoviet.timeline.web.RequestBodies;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shape every curated resource's writes share, each in one transaction: load the resource once, check
 * {@code If-Match} against its version once, validate the whole body and report every bad field at once,
 * keep the slug fixed, apply merge patches to the current state, hand the draft to the resource's editor,
 * and read the answer from the same state. {@code @Version} guards the write against a concurrent one.
 */
@Component
@Transactional
public class CuratedWrites {

	private final RequestBodies bodies;

	private final ApplicationEventPublisher changes;

	CuratedWrites(RequestBodies bodies, ApplicationEventPublisher changes) {
		this.bodies = bodies;
		this.changes = changes;
	}

	/**
	 * What a resource tells this class about itself.
	 * @param <I> the body a curator sends
	 * @param <D> the parsed draft its editor takes
	 * @param <E> the stored resource
	 * @param inputType the class of the body, for merge patches
	 * @param slugOf the slug a body names
	 * @param inputOf a draft as the body that would produce it, for merge patches
	 * @param parser what turns a body into a draft
	 * @param editor what applies the draft
	 */
	public record Resource<I, D, E extends Curated>(Class<I> inputType, Function<I, String> slugOf,
			Function<D, I> inputOf, Parser<I, D> parser, Editor<D, E> editor) {
	}

	/**
	 * Parses what Bean Validation cannot check, adding problems; the draft is meaningful only when none
	 * were added.
	 */
	@FunctionalInterface
	public interface Parser<I, D> {

		D draftOf(I input, String slug, List<InvalidValue> problems);

	}

	/** Creates the resource; answers with what {@code answer} makes of it. */
	public <I, D, E extends Curated, R> R create(Resource<I, D, E> resource, I input, Function<E, R> answer) {
		List<InvalidValue> problems = new ArrayList<>();
		String slug = resource.slugOf().apply(input);
		if (slug == null || slug.isBlank()) {
			problems.add(new InvalidValue("slug", "is required"));
		}
		D draft = validate(resource, input, slug, problems);
		Editor<D, E> editor = resource.editor();
		if (editor.find(slug).isPresent()) {
			String kind = editor.kind();
			throw new ConflictException("There is already " + (startsWithVowel(kind) ? "an " : "a ") + kind + " '"
					+ slug + "'.");
		}
		E created = editor.create(draft);
		changed(editor, slug);
		return answer.apply(created);
	}

	public <I, D, E extends Curated, R> R replace(Resource<I, D, E> resource, String slug, I input,
			@Nullable String ifMatch, Function<E, R> answer) {
		E current = current(resource, slug, ifMatch);
		List<InvalidValue> problems = new ArrayList<>();
		String sent = resource.slugOf().apply(input);
		if (sent != null && !sent.equals(slug)) {
			problems.add(new InvalidValue("slug", "cannot change: it is '" + slug + "'"));
		}
		replaceIfChanged(resource, current, resource.editor().draftOf(current), slug,
				validate(resource, input, slug, problems));
		return answer.apply(current);
	}

	public <I, D, E extends Curated, R> R patch(Resource<I, D, E> resource, String slug, JsonNode patch,
			@Nullable String ifMatch, Function<E, R> answer) {
		E current = current(resource, slug, ifMatch);
		D before = resource.editor().draftOf(current);
		I patched = bodies.mergePatch(resource.inputOf().apply(before), patch, resource.inputType());
		List<InvalidValue> problems = new ArrayList<>();
		if (!slug.equals(resource.slugOf().apply(patched))) {
			problems.add(new InvalidValue("slug", "cannot change: it is '" + slug + "'"));
		}
		replaceIfChanged(resource, current, before, slug, validate(resource, patched, slug, problems));
		return answer.apply(current);
	}

	public <I, D, E extends Curated> void delete(Resource<I, D, E> resource, String slug, @Nullable String ifMatch) {
		resource.editor().delete(current(resource, slug, ifMatch));
		changed(resource.editor(), slug);
	}

	/** The resource, loaded once, if {@code If-Match} names its version. */
	private static <D, E extends Curated> E current(Resource<?, D, E> resource, String slug, @Nullable String ifMatch) {
		E current = resource.editor()
			.find(slug)
			.orElseThrow(() -> new NotFoundException(resource.editor().kind(), slug));
		Preconditions.check(ifMatch, current.getVersion());
		return current;
	}

	/** A write that changes nothing (an empty merge patch, a PUT of what is there) makes no new version. */
	private <D, E extends Curated> void replaceIfChanged(Resource<?, D, E> resource, E current, D before, String slug,
			D draft) {
		if (!draft.equals(before)) {
			resource.editor().replace(current, draft);
			changed(resource.editor(), slug);
		}
	}

	private void changed(Editor<?, ?> editor, String slug) {
		changes.publishEvent(new DatasetChanged(editor.kind() + " " + slug));
	}

	/** Every problem with the body at once: its constraints first, then what parsing it finds. */
	private <I, D> D validate(Resource<I, D, ?> resource, I input, String slug, List<InvalidValue> problems) {
		problems.addAll(bodies.violations(input));
		D draft = resource.parser().draftOf(input, slug, problems);
		bodies.reject(problems);
		return draft;
	}

	private static boolean startsWithVowel(String word) {
		return !word.isEmpty() && "aeiou".indexOf(word.charAt(0)) >= 0;
	}

}
