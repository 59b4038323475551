package org.sinosoviet.timeline.event.export;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.ContentNegotiationManager;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Picks the representation a client asked for, by {@code format=} first and then by {@code Accept}, in
 * the client's order of preference; {@code *}{@code /*} (or no preference at all) means JSON. A request
 * for nothing the resource offers is refused with 406.
 */
@Component
public class FormatNegotiation {

	private final ContentNegotiationManager contentNegotiation;

	public FormatNegotiation(ContentNegotiationManager mvcContentNegotiationManager) {
		this.contentNegotiation = mvcContentNegotiationManager;
	}

	public ExportFormat choose(HttpServletRequest request, List<ExportFormat> offered)
			throws HttpMediaTypeNotAcceptableException {
		List<MediaType> requested = contentNegotiation.resolveMediaTypes(new ServletWebRequest(request));
		for (MediaType wanted : requested) {
			if (wanted.isWildcardType() || wanted.equalsTypeAndSubtype(MediaType.APPLICATION_JSON)) {
				if (offered.contains(ExportFormat.JSON)) {
					return ExportFormat.JSON;
				}
			}
			for (ExportFormat format : offered) {
				if (wanted.isCompatibleWith(format.mediaType()) && !wanted.isWildcardSubtype()) {
					return format;
				}
			}
			if (wanted.isWildcardSubtype()) {
				for (ExportFormat format : offered) {
					if (wanted.includes(format.mediaType())) {
						return format;
					}
				}
			}
		}
		throw new HttpMediaTypeNotAcceptableException(ExportFormat.mediaTypes(offered));
	}

}
