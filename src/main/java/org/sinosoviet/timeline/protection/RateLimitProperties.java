package org.sinosoviet.timeline.protection;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The per-client rate limit ({@code timeline.rate-limit.*}), off unless {@code enabled}.
 *
 * @param enabled whether clients are limited at all ({@code TIMELINE_RATE_LIMIT_ENABLED=true})
 * @param requests how many requests one client may make in a window
 * @param window the length of a window
 * @param maxClients how many clients are tracked at once; beyond that the least useful windows are evicted,
 * so that memory stays bounded whatever the number of addresses
 */
@ConfigurationProperties("timeline.rate-limit")
public record RateLimitProperties(@DefaultValue("false") boolean enabled, @DefaultValue("600") int requests,
		@DefaultValue("60s") Duration window, @DefaultValue("10000") int maxClients) {

}
