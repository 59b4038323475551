package org.sinosoviet.timeline.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.node.ObjectNode;

import org.sinosoviet.timeline.failure.InvalidValue;
import org.sinosoviet.timeline.failure.InvalidValuesException;
import org.sinosoviet.timeline.failure.InvalidValuesException.Origin;

import org.springframework.stereotype.Component;

/**
 * What every write does with its body: validate it field by field, reporting every problem at once, and
 * apply JSON Merge Patches (RFC 7396).
 */
@Component
public class RequestBodies {

	/** The media type of a JSON Merge Patch. */
	public static final String MERGE_PATCH = "application/merge-patch+json";

	private final Validator validator;

	private final JsonMapper json;

	RequestBodies(Validator validator, JsonMapper json) {
		this.validator = validator;
		this.json = json;
	}

	/** The body's Bean Validation violations, as invalid fields named by their paths. */
	public List<InvalidValue> violations(Object body) {
		List<InvalidValue> problems = new ArrayList<>();
		validator.validate(body)
			.stream()
			.sorted(Comparator.comparing((ConstraintViolation<Object> violation) -> violation.getPropertyPath()
				.toString()))
			.forEach(violation -> problems
				.add(new InvalidValue(violation.getPropertyPath().toString(), violation.getMessage())));
		return problems;
	}

	/** Refuses the body with a 400 that names every bad field, if there is any. */
	public void reject(List<InvalidValue> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidValuesException(Origin.BODY, problems);
		}
	}

	/**
	 * Applies a JSON Merge Patch to a resource's current state: members of the patch replace members of the
	 * target, objects merge recursively, and {@code null} removes a member.
	 */
	public <T> T mergePatch(T current, JsonNode patch, Class<T> type) {
		if (patch == null || !patch.isObject()) {
			throw new InvalidValuesException(Origin.BODY,
					List.of(new InvalidValue("(body)", "a merge patch must be a JSON object")));
		}
		JsonNode merged = merge(json.valueToTree(current), patch);
		try {
			return json.treeToValue(merged, type);
		}
		catch (UnrecognizedPropertyException ex) {
			throw new InvalidValuesException(Origin.BODY, List.of(new InvalidValue(pathOf(ex),
					"is not a field of this resource",
					ex.getKnownPropertyIds().stream().map(Object::toString).sorted().toList())));
		}
		catch (DatabindException ex) {
			throw new InvalidValuesException(Origin.BODY,
					List.of(new InvalidValue(pathOf(ex), "has the wrong type of value")));
		}
	}

	/** A JSON path such as {@code actors[1].slug} for the place a body went wrong; {@code (body)} for the whole. */
	static String pathOf(DatabindException ex) {
		StringBuilder path = new StringBuilder();
		for (var reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "(body)" : path.toString();
	}

	JsonNode merge(JsonNode target, JsonNode patch) {
		if (!patch.isObject()) {
			return patch;
		}
		ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
				: json.createObjectNode();
		for (var entry : patch.properties()) {
			if (entry.getValue().isNull()) {
				result.remove(entry.getKey());
			}
			else {
				result.set(entry.getKey(), merge(result.get(entry.getKey()), entry.getValue()));
			}
		}
		return result;
	}

}
