package org.sinosoviet.timeline.curation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

import org.sinosoviet.timeline.curation.Editor;
import org.sinosoviet.timeline.web.Preconditions;
import org.sinosoviet.timeline.web.RequestBodies;
import org.sinosoviet.timeline.failure.InvalidValue;
import org.sinosoviet.timeline.curation.Versioned;

import org.springframework.stereotype.Component;

/**
 * The shape every curated resource's writes share: validate the whole body and report every bad field at
 * once, keep the slug fixed, check {@code If-Match} against the current version, apply merge patches to
 * the current state, then hand the parsed draft to the resource's editor.
 */
@Component
public class CuratedWrites {

	private final RequestBodies bodies;

	CuratedWrites(RequestBodies bodies) {
		this.bodies = bodies;
	}

	/**
	 * What a resource tells this class about itself.
	 * @param <I> the body a curator sends
	 * @param <D> the parsed draft its editor takes
	 * @param inputType the class of the body, for merge patches
	 * @param slugOf the slug a body names
	 * @param inputOf a draft as the body that would produce it, for merge patches
	 * @param parser what turns a body into a draft
	 * @param editor what applies the draft
	 */
	public record Resource<I, D>(Class<I> inputType, Function<I, String> slugOf, Function<D, I> inputOf,
			Parser<I, D> parser, Editor<D> editor) {
	}

	/**
	 * Parses what Bean Validation cannot check, adding problems; the draft is meaningful only when none
	 * were added.
	 */
	@FunctionalInterface
	public interface Parser<I, D> {

		D draftOf(I input, String slug, List<InvalidValue> problems);

	}

	/** Creates the resource; answers with its slug. */
	public <I, D> String create(Resource<I, D> resource, I input, String curator) {
		List<InvalidValue> problems = new ArrayList<>();
		String slug = resource.slugOf().apply(input);
		if (slug == null || slug.isBlank()) {
			problems.add(new InvalidValue("slug", "is required"));
		}
		resource.editor().create(validate(resource, input, slug, problems), curator);
		return slug;
	}

	public <I, D> void replace(Resource<I, D> resource, String slug, I input, String ifMatch, String curator) {
		Versioned<D> current = resource.editor().draftOf(slug);
		Long expected = Preconditions.expectedVersion(ifMatch, current.version());
		List<InvalidValue> problems = new ArrayList<>();
		String sent = resource.slugOf().apply(input);
		if (sent != null && !sent.equals(slug)) {
			problems.add(new InvalidValue("slug", "cannot change: it is '" + slug + "'"));
		}
		replaceIfChanged(resource, slug, current, validate(resource, input, slug, problems), expected, curator);
	}

	/** A write that changes nothing (an empty merge patch, a PUT of what is there) makes no new version. */
	private static <I, D> void replaceIfChanged(Resource<I, D> resource, String slug, Versioned<D> current, D draft,
			Long expected, String curator) {
		if (!draft.equals(current.value())) {
			resource.editor().replace(slug, draft, expected, curator);
		}
	}

	public <I, D> void patch(Resource<I, D> resource, String slug, JsonNode patch, String ifMatch, String curator) {
		Versioned<D> current = resource.editor().draftOf(slug);
		Long expected = Preconditions.expectedVersion(ifMatch, current.version());
		I patched = bodies.mergePatch(resource.inputOf().apply(current.value()), patch, resource.inputType());
		List<InvalidValue> problems = new ArrayList<>();
		if (!slug.equals(resource.slugOf().apply(patched))) {
			problems.add(new InvalidValue("slug", "cannot change: it is '" + slug + "'"));
		}
		replaceIfChanged(resource, slug, current, validate(resource, patched, slug, problems), expected, curator);
	}

	public <I, D> void delete(Resource<I, D> resource, String slug, String ifMatch, String curator) {
		resource.editor().delete(slug, Preconditions.expectedVersion(ifMatch, resource.editor().draftOf(slug).version()), curator);
	}

	/** Every problem with the body at once: its constraints first, then what parsing it finds. */
	private <I, D> D validate(Resource<I, D> resource, I input, String slug, List<InvalidValue> problems) {
		problems.addAll(bodies.violations(input));
		D draft = resource.parser().draftOf(input, slug, problems);
		bodies.reject(problems);
		return draft;
	}

}
