package org.sinosoviet.timeline.caching;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The response cache ({@code timeline.cache.*}).
 *
 * @param enabled whether answers to reads are cached at all
 * @param refreshInterval how often an instance checks the dataset's version for writes made through other
 * instances: the longest a write through one instance can go unseen through another ({@code 0} to never
 * check, for a single instance)
 * @param maxSize the most bytes of answers kept (each answer is weighed with its headers and URL); beyond it
 * the least useful answers are evicted
 */
@ConfigurationProperties("timeline.cache")
public record CacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("1s") Duration refreshInterval,
		@DefaultValue("16MB") DataSize maxSize) {

}
