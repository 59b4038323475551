package org.sinosoviet.timeline.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The limit on request bodies ({@code timeline.limits.max-request-body}), applied by
 * {@link RequestBodyLimitFilter}. The other {@code timeline.limits.*} are the protection package's.
 *
 * @param maxRequestBody the largest request body a write may send (413 beyond it)
 */
@ConfigurationProperties("timeline.limits")
public record RequestBodyProperties(@DefaultValue("64KB") DataSize maxRequestBody) {

}
