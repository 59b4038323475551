package org.sinosoviet.timeline.event.export;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.context.request.NativeWebRequest;

/**
 * {@code Accept} as Spring reads it, with one rule of the contract added: a wildcard that takes JSON
 * ({@code *}{@code /*}, {@code application/*}, or no {@code Accept} at all) means JSON first, at the
 * wildcard's own quality. Without it, Spring MVC breaks the tie between handler methods that
 * {@code produces} different types by the types' names, and a browser's {@code *}{@code /*;q=0.8} would
 * get GeoJSON.
 */
final class JsonFirstAcceptStrategy extends HeaderContentNegotiationStrategy {

	private static final List<MediaType> JSON_THEN_ANYTHING = List.of(MediaType.APPLICATION_JSON, MediaType.ALL);

	@Override
	public List<MediaType> resolveMediaTypes(NativeWebRequest request) throws HttpMediaTypeNotAcceptableException {
		List<MediaType> accepted = super.resolveMediaTypes(request);
		if (accepted.equals(MEDIA_TYPE_ALL_LIST)) {
			return JSON_THEN_ANYTHING;
		}
		List<MediaType> preferred = new ArrayList<>(accepted.size() + 1);
		for (MediaType type : accepted) {
			if (type.isWildcardSubtype() && type.includes(MediaType.APPLICATION_JSON)) {
				preferred.add(MediaType.APPLICATION_JSON.copyQualityValue(type));
			}
			preferred.add(type);
		}
		return preferred;
	}

}
