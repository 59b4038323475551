package org.sinosoviet.timeline.protection;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How large a request may be ({@code timeline.limits.*}). Anything larger is refused with a 4xx problem
 * before any work is done for it. ({@code timeline.limits.max-request-body}, the largest body a write may
 * send, is applied where bodies are read; see {@code web.RequestBodyLimitFilter}.)
 *
 * @param maxUrlLength the longest path and query string, in characters (414)
 * @param maxSlugLength the longest path segment, which is where slugs go (400)
 */
@ConfigurationProperties("timeline.limits")
public record LimitsProperties(@DefaultValue("2048") int maxUrlLength,
		@DefaultValue("100") int maxSlugLength) {

}
